import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { StatisticsRoute } from './routes/statistics-route';

/** Coordinators and auditors: de-identified statistics. */
export const statisticsRoutes: RouteObject[] = [
  {
    path: 'statistics',
    element: (
      <Authorization policy="statistics:read" fallback={<Forbidden />}>
        <StatisticsRoute />
      </Authorization>
    ),
  },
];
