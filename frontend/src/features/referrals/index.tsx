import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { RecordCallRoute } from './routes/record-call-route';
import { ReferralDetailRoute } from './routes/referral-detail-route';
import { ReferralMatchesRoute } from './routes/referral-matches-route';
import { ReferralQueueRoute } from './routes/referral-queue-route';

/** The coordinators' referral pages, each behind its policy. */
export const referralRoutes: RouteObject[] = [
  {
    path: 'referrals',
    element: (
      <Authorization policy="referrals:queue" fallback={<Forbidden />}>
        <ReferralQueueRoute />
      </Authorization>
    ),
  },
  {
    path: 'referrals/new-call',
    element: (
      <Authorization policy="referrals:record-call" fallback={<Forbidden />}>
        <RecordCallRoute />
      </Authorization>
    ),
  },
  {
    path: 'referrals/matches',
    element: (
      <Authorization policy="referrals:queue" fallback={<Forbidden />}>
        <ReferralMatchesRoute />
      </Authorization>
    ),
  },
  {
    path: 'referrals/:id',
    element: (
      <Authorization policy="referrals:read" fallback={<Forbidden />}>
        <ReferralDetailRoute />
      </Authorization>
    ),
  },
];
