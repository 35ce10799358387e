import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { AccessLogRoute } from './routes/access-log-route';
import { AuditTrailRoute } from './routes/audit-trail-route';
import { ChainVerificationRoute } from './routes/chain-verification-route';

/** The auditor: the audit trail, a record's access log, the chain's verification. */
export const auditRoutes: RouteObject[] = [
  {
    path: 'audit',
    element: (
      <Authorization policy="audit:read" fallback={<Forbidden />}>
        <AuditTrailRoute />
      </Authorization>
    ),
  },
  {
    path: 'audit/records/:type/:id',
    element: (
      <Authorization policy="audit:read" fallback={<Forbidden />}>
        <AccessLogRoute />
      </Authorization>
    ),
  },
  {
    path: 'audit/verification',
    element: (
      <Authorization policy="audit:read" fallback={<Forbidden />}>
        <ChainVerificationRoute />
      </Authorization>
    ),
  },
];
