import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { MyReferralDetailRoute } from './routes/my-referral-detail-route';
import { MyReferralsRoute } from './routes/my-referrals-route';
import { ReferOffenderRoute } from './routes/refer-offender-route';

/** Correctional staff's pages: refer an offender, and follow their own referrals. */
export const offenderReferralRoutes: RouteObject[] = [
  {
    path: 'offender-referrals',
    element: (
      <Authorization policy="offender-referrals:mine" fallback={<Forbidden />}>
        <MyReferralsRoute />
      </Authorization>
    ),
  },
  {
    path: 'offender-referrals/new',
    element: (
      <Authorization policy="offender-referrals:create" fallback={<Forbidden />}>
        <ReferOffenderRoute />
      </Authorization>
    ),
  },
  {
    path: 'offender-referrals/:id',
    element: (
      <Authorization policy="offender-referrals:mine" fallback={<Forbidden />}>
        <MyReferralDetailRoute />
      </Authorization>
    ),
  },
];
