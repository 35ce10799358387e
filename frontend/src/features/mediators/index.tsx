import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { MediatorRosterRoute } from './routes/mediator-roster-route';

/** Administrators: the mediator roster. */
export const mediatorRoutes: RouteObject[] = [
  {
    path: 'mediators',
    element: (
      <Authorization policy="mediators:roster" fallback={<Forbidden />}>
        <MediatorRosterRoute />
      </Authorization>
    ),
  },
];
