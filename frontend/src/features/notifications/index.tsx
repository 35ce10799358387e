import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { NotificationSettingsRoute } from './routes/notification-settings-route';

/** Coordinators and mediators: their own e-mail notice settings. */
export const notificationRoutes: RouteObject[] = [
  {
    path: 'account/notifications',
    element: (
      <Authorization policy="notifications:settings" fallback={<Forbidden />}>
        <NotificationSettingsRoute />
      </Authorization>
    ),
  },
];
