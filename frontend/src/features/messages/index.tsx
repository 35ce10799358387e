import type { RouteObject } from 'react-router';
import { Authorization } from '../../components/authorization';
import { Forbidden } from '../../components/forbidden';
import { CaseMessagesRoute } from './routes/case-messages-route';
import { MessageRoute } from './routes/message-route';
import { ReviewQueueRoute } from './routes/review-queue-route';

/** The message relay: a case's messages, one message (screening, delivery, what each side gets), the review queue. */
export const messageRoutes: RouteObject[] = [
  {
    path: 'cases/:id/messages',
    element: (
      <Authorization policy="messages:list" fallback={<Forbidden />}>
        <CaseMessagesRoute />
      </Authorization>
    ),
  },
  {
    path: 'cases/:id/messages/:messageId',
    element: (
      <Authorization policy="messages:read" fallback={<Forbidden />}>
        <MessageRoute />
      </Authorization>
    ),
  },
  {
    path: 'messages/review',
    element: (
      <Authorization policy="messages:review-queue" fallback={<Forbidden />}>
        <ReviewQueueRoute />
      </Authorization>
    ),
  },
];
