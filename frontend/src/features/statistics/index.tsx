import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { Loading } from '../../components/loading';

// Loaded when first opened: the charting library stays out of the bundle every other page loads.
const StatisticsRoute = lazy(() => import('./routes/statistics-route').then((m) => ({ default: m.StatisticsRoute })));

/** Coordinators and auditors: de-identified statistics. */
export const statisticsRoutes: RouteObject[] = [
  {
    path: 'statistics',
    element: (
      <Authorization policy="statistics:read" fallback={<Forbidden />}>
        <Suspense fallback={<Loading />}>
          <StatisticsRoute />
        </Suspense>
      </Authorization>
    ),
  },
];
