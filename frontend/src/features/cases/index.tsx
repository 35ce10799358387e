import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { CaseWorkspaceRoute } from './routes/case-workspace-route';
import { CasesListRoute } from './routes/cases-list-route';
import { OpenCaseRoute } from './routes/open-case-route';

/** Cases: the list (all for coordinators, assigned for mediators), opening one, and a case's workspace. */
export const caseRoutes: RouteObject[] = [
  {
    path: 'cases',
    element: (
      <Authorization policy="cases:list" fallback={<Forbidden />}>
        <CasesListRoute />
      </Authorization>
    ),
  },
  {
    path: 'cases/new',
    element: (
      <Authorization policy="cases:open" fallback={<Forbidden />}>
        <OpenCaseRoute />
      </Authorization>
    ),
  },
  {
    path: 'cases/:id',
    element: (
      <Authorization policy="cases:read" fallback={<Forbidden />}>
        <CaseWorkspaceRoute />
      </Authorization>
    ),
  },
];
