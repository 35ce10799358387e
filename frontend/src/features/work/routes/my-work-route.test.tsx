import { screen, within } from '@testing-library/react';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { caseId, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const messageId = '0a0b0c0d-0000-4000-8000-000000000001';
const person = { id: '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f', kind: 'VICTIM' as const, firstName: 'Hélène', lastName: 'Tremblay' };

function mediatorQueues() {
  const asked: string[] = [];
  server.use(
    http.get('/api/work', ({ response }) =>
      response(200).json([
        { queue: 'reassessments-due', role: 'mediator', count: 1 },
        { queue: 'messages-to-screen', role: 'mediator', count: 7 },
        { queue: 'meetings-soon', role: 'mediator', count: 0 },
        { queue: 'recent-withdrawals', role: 'mediator', count: 0 },
      ]),
    ),
    http.get('/api/work/{queue}', ({ params, request, response }) => {
      asked.push(`${params.queue}${new URL(request.url).search}`);
      const paging = { total: 0, totalIsExact: true, page: 0, size: 5, next: null };
      if (params.queue === 'reassessments-due') {
        return response(200).json({
          queue: 'reassessments-due',
          items: [{ reason: 'OVERDUE', since: '2026-11-20T00:00:00Z', dueOn: '2026-11-20', caseId, referralId: null, messageId: null, meetingId: null, people: [person] }],
          ...paging,
          total: 1,
        });
      }
      if (params.queue === 'messages-to-screen') {
        return response(200).json({
          queue: 'messages-to-screen',
          items: [{ reason: 'IN_REVIEW', since: '2026-11-28T10:00:00Z', dueOn: null, caseId, referralId: null, messageId, meetingId: null, people: [] }],
          ...paging,
          total: 7,
        });
      }
      return response(200).json({ queue: params.queue as 'meetings-soon', items: [], ...paging });
    }),
  );
  return asked;
}

describe('my work', () => {
  it('shows each of a mediator’s queues with what waits first, linking to where the work is done', async () => {
    const asked = mediatorQueues();
    renderApp({ path: '/work', roles: ['mediator'] });
    const reassessments = await screen.findByTestId('work-section-reassessments-due');
    const item = await within(reassessments).findByTestId('work-item');
    expect(item).toHaveTextContent('Reassessment overdue');
    expect(within(item).getByRole('link', { name: 'Case: Hélène Tremblay' })).toHaveAttribute('href', `/cases/${caseId}`);
    const messages = screen.getByTestId('work-section-messages-to-screen');
    expect(await within(messages).findByRole('link', { name: 'Message' })).toHaveAttribute('href', `/cases/${caseId}/messages/${messageId}`);
    expect(within(messages).getByTestId('work-see-all-messages-to-screen')).toHaveAttribute('href', '/work/messages-to-screen');
    expect(within(screen.getByTestId('work-section-meetings-soon')).getByTestId('work-none')).toBeInTheDocument();
    // an empty queue is not asked for its items
    expect(asked.some((a) => a.startsWith('meetings-soon'))).toBe(false);
    expect(asked).toContain('reassessments-due?page=0&size=5');
  });

  it('reads in French', async () => {
    mediatorQueues();
    await changeLanguage('fr');
    renderApp({ path: '/work', roles: ['mediator'] });
    const section = await screen.findByTestId('work-section-reassessments-due');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Réévaluations de la sécurité à faire');
    expect(await within(section).findByTestId('work-item')).toHaveTextContent('Réévaluation en retard');
    expect(within(section).getByRole('link', { name: 'Dossier : Hélène Tremblay' }).getAttribute('href')).toBe(`/cases/${caseId}`);
  });

  it('shows a coordinator’s referral queue page by page, each referral linking to its page', async () => {
    let search = '';
    server.use(
      http.get('/api/work/{queue}', ({ request, response }) => {
        search = new URL(request.url).search;
        return response(200).json({
          queue: 'referrals-waiting',
          items: [{ reason: 'SUBMITTED', since: '2026-10-01T12:00:00Z', dueOn: null, caseId: null, referralId, messageId: null, meetingId: null, people: [person] }],
          total: 60,
          totalIsExact: true,
          page: 0,
          size: 25,
          next: null,
        });
      }),
    );
    renderApp({ path: '/work/referrals-waiting', roles: ['coordinator'] });
    const link = await screen.findByRole('link', { name: 'Referral: Hélène Tremblay' });
    expect(link).toHaveAttribute('href', `/referrals/${referralId}`);
    expect(screen.getByTestId('work-item')).toHaveTextContent('Submitted, not yet assessed');
    expect(screen.getByTestId('pagination')).toHaveTextContent('1');
    expect(search).toBe('?page=0&size=25');
  });

  it('puts the counts on the home page', async () => {
    mediatorQueues();
    renderApp({ path: '/', roles: ['mediator'] });
    expect(await screen.findByTestId('work-count-messages-to-screen')).toHaveTextContent('Messages to screen: 7 waiting');
  });

  it('is refused to staff', async () => {
    renderApp({ path: '/work', roles: ['staff'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
