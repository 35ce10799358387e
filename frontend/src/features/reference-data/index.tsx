import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { ReferenceDataRoute } from './routes/reference-data-route';

/** Administrators: the regions and institutions forms pick from. */
export const referenceDataRoutes: RouteObject[] = [
  {
    path: 'reference-data',
    element: (
      <Authorization policy="reference:manage" fallback={<Forbidden />}>
        <ReferenceDataRoute />
      </Authorization>
    ),
  },
];
