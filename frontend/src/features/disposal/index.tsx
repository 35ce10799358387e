import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { DisposalRoute } from './routes/disposal-route';

/** Coordinators: retention and disposal. */
export const disposalRoutes: RouteObject[] = [
  {
    path: 'disposals',
    element: (
      <Authorization policy="disposal:approve" fallback={<Forbidden />}>
        <DisposalRoute />
      </Authorization>
    ),
  },
];
