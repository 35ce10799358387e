import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { CorrectionNewRoute } from './routes/correction-new-route';
import { CorrectionsRoute } from './routes/corrections-route';

/** Coordinators: correction requests (Privacy Act), listed, recorded and resolved. */
export const correctionRoutes: RouteObject[] = [
  {
    path: 'corrections',
    element: (
      <Authorization policy="corrections:manage" fallback={<Forbidden />}>
        <CorrectionsRoute />
      </Authorization>
    ),
  },
  {
    path: 'corrections/new',
    element: (
      <Authorization policy="corrections:manage" fallback={<Forbidden />}>
        <CorrectionNewRoute />
      </Authorization>
    ),
  },
];
