import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { WebhookDeliveriesRoute } from './routes/webhook-deliveries-route';
import { WebhookNewRoute } from './routes/webhook-new-route';
import { WebhookRoute } from './routes/webhook-route';
import { WebhooksRoute } from './routes/webhooks-route';

const adminOnly = (element: React.ReactNode) => (
  <Authorization policy="webhooks:manage" fallback={<Forbidden />}>
    {element}
  </Authorization>
);

/** Administrators: webhook endpoints (issue 16), their secrets and deliveries. */
export const webhookRoutes: RouteObject[] = [
  { path: 'webhooks', element: adminOnly(<WebhooksRoute />) },
  { path: 'webhooks/new', element: adminOnly(<WebhookNewRoute />) },
  { path: 'webhooks/:id', element: adminOnly(<WebhookRoute />) },
  { path: 'webhooks/:id/deliveries', element: adminOnly(<WebhookDeliveriesRoute />) },
];
