import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { auditRoutes } from '../features/audit';
import { caseRoutes } from '../features/cases';
import { mediatorRoutes } from '../features/mediators';
import { messageRoutes } from '../features/messages';
import { offenderReferralRoutes } from '../features/offender-referrals';
import { participantRoutes } from '../features/participants';
import { referralRoutes } from '../features/referrals';
import { workRoutes } from '../features/work';
import { notificationRoutes } from '../features/notifications';
import { referenceDataRoutes } from '../features/reference-data';
import { statisticsRoutes } from '../features/statistics';
import { correctionRoutes } from '../features/corrections';
import { disposalRoutes } from '../features/disposal';
import { webhookRoutes } from '../features/webhooks';
import { Layout } from './layout';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RequireSession } from './routes/require-session';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        element: <RequireSession />,
        children: [{ index: true, element: <HomeRoute /> }, ...participantRoutes, ...referralRoutes, ...offenderReferralRoutes, ...caseRoutes, ...messageRoutes, ...mediatorRoutes, ...workRoutes, ...referenceDataRoutes, ...auditRoutes, ...statisticsRoutes, ...correctionRoutes, ...disposalRoutes, ...webhookRoutes, ...notificationRoutes],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/** Created once the sign-in callback has put the address back, so the router starts from the right page. */
export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
