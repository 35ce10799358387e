import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { MyWorkRoute } from './routes/my-work-route';
import { WorkQueueRoute } from './routes/work-queue-route';

/** "My work": what waits for a coordinator or a mediator, queue by queue. */
export const workRoutes: RouteObject[] = [
  {
    path: 'work',
    element: (
      <Authorization policy="work:mine" fallback={<Forbidden />}>
        <MyWorkRoute />
      </Authorization>
    ),
  },
  {
    path: 'work/:queue',
    element: (
      <Authorization policy="work:mine" fallback={<Forbidden />}>
        <WorkQueueRoute />
      </Authorization>
    ),
  },
];
export { WorkSummary } from './components/work-summary';
