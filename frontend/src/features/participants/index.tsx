import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { ParticipantCreateRoute } from './routes/participant-create-route';
import { ParticipantDetailRoute } from './routes/participant-detail-route';
import { ParticipantEditRoute } from './routes/participant-edit-route';
import { ParticipantsListRoute } from './routes/participants-list-route';

/** The participants feature's pages, each behind its policy. */
export const participantRoutes: RouteObject[] = [
  {
    path: 'participants',
    element: (
      <Authorization policy="participants:list" fallback={<Forbidden />}>
        <ParticipantsListRoute />
      </Authorization>
    ),
  },
  {
    path: 'participants/new',
    element: (
      <Authorization policy="participants:create" fallback={<Forbidden />}>
        <ParticipantCreateRoute />
      </Authorization>
    ),
  },
  {
    path: 'participants/:id',
    element: (
      <Authorization policy="participants:read" fallback={<Forbidden />}>
        <ParticipantDetailRoute />
      </Authorization>
    ),
  },
  {
    path: 'participants/:id/edit',
    element: (
      <Authorization policy="participants:update" fallback={<Forbidden />}>
        <ParticipantEditRoute />
      </Authorization>
    ),
  },
];
