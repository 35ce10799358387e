import { screen, within } from '@testing-library/react';
import { caseId, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const author = { id: '0a0b0c0d-0000-4000-8000-0000000000a1', name: 'Hélène Tremblay', participantKind: 'VICTIM' as const, side: 'HARMED' as const };
const recipient = { id: '0a0b0c0d-0000-4000-8000-0000000000a2', name: 'Marc Dubois', participantKind: 'OFFENDER' as const, side: 'OFFENDER' as const };

describe('the review queue', () => {
  it('lists the messages waiting for screening, oldest first, each linking to its page', async () => {
    let query = '';
    server.use(
      http.get('/api/messages/review-queue', ({ request, response }) => {
        query = new URL(request.url).search;
        return response(200).json([
          { messageId: '0a0b0c0d-0000-4000-8000-000000000001', caseId, kind: 'LETTER', submittedAt: '2026-03-01T10:00:00Z', author, recipient },
          { messageId: '0a0b0c0d-0000-4000-8000-000000000002', caseId, kind: 'VIDEO_MESSAGE', submittedAt: '2026-03-05T10:00:00Z', author: recipient, recipient: author },
        ]);
      }),
    );
    renderApp({ path: '/messages/review', roles: ['mediator'] });
    const rows = await screen.findAllByTestId('queue-row');
    expect(rows.map((r) => r.dataset.messageId)).toEqual(['0a0b0c0d-0000-4000-8000-000000000001', '0a0b0c0d-0000-4000-8000-000000000002']);
    expect(within(rows[0]!).getByRole('link', { name: 'Letter' })).toHaveAttribute('href', `/cases/${caseId}/messages/0a0b0c0d-0000-4000-8000-000000000001`);
    expect(within(rows[1]!).getByRole('link', { name: 'Video message' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('March 1, 2026');
    expect(within(rows[0]!).getByTestId('queue-author')).toHaveTextContent("Hélène Tremblay (harmed person's side)");
    expect(within(rows[0]!).getByTestId('queue-recipient')).toHaveTextContent('Marc Dubois (offender)');
    expect(within(rows[1]!).getByTestId('queue-author')).toHaveTextContent('Marc Dubois (offender)');
    expect(screen.getByTestId('page-heading')).toHaveTextContent('Messages to screen');
    expect(query).toContain('page=0');
  });

  it('says when nothing waits', async () => {
    server.use(http.get('/api/messages/review-queue', ({ response }) => response(200).json([])));
    renderApp({ path: '/messages/review', roles: ['coordinator'] });
    expect(await screen.findByTestId('queue-empty')).toBeInTheDocument();
  });

  it('is refused to staff', async () => {
    renderApp({ path: '/messages/review', roles: ['staff'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
