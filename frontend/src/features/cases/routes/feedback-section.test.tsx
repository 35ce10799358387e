import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { aCase, caseId, harmedId, http, offenderId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const recorded = {
  id: '7d1e2f3a-0000-4000-8000-000000000001',
  participantId: harmedId,
  feltSafe: 'STRONGLY_AGREE' as const,
  feltHeard: 'AGREE' as const,
  needsMet: 'NEUTRAL' as const,
  wouldRecommend: 'DECLINED' as const,
  comments: 'It helped to be heard.',
  recordedAt: '2026-11-20T15:00:00Z',
  recordedBy: 'mediator1',
  recordedByName: { username: 'mediator1', displayName: 'Martin Mediator' },
};

function serveClosed(onPost?: (body: unknown) => void) {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase({ stage: 'CLOSED', outcomeSummary: 'Letters exchanged.' }))),
    http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/meetings', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/notes', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/timeline', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20, next: null })),
    http.get('/api/cases/{id}/feedback', ({ response }) => response(200).json([recorded])),
    http.post('/api/cases/{id}/feedback', async ({ request, response }) => {
      const body = await request.json();
      onPost?.(body);
      return response(201).json({ ...recorded, ...body, id: '7d1e2f3a-0000-4000-8000-000000000002', comments: body.comments ?? null });
    }),
  );
}

describe('feedback after closure', () => {
  it('shows what a participant answered, in words, and records another participant’s answers', async () => {
    let sent: unknown;
    serveClosed((b) => (sent = b));
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    const section = await screen.findByTestId('feedback-section');
    const given = await within(section).findByTestId('feedback');
    expect(within(given).getByRole('heading', { name: 'Hélène Tremblay' })).toBeInTheDocument();
    expect(within(given).getByTestId('feedback-feltSafe')).toHaveTextContent('Strongly agree');
    expect(within(given).getByTestId('feedback-wouldRecommend')).toHaveTextContent('Declined to answer');
    expect(given).toHaveTextContent('It helped to be heard.');

    const form = within(section).getByTestId('feedback-form');
    // only the participant who has not given feedback is offered
    const select = within(form).getByLabelText(/Participant/);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a participant', 'Marc Roy']);
    await userEvent.click(within(form).getByTestId('save-feedback'));
    expect(within(form).getAllByText('Choose an answer, or Declined.')).toHaveLength(4);
    expect(sent).toBeUndefined();

    await userEvent.selectOptions(select, offenderId);
    for (const [statement, answer] of [
      ['feltSafe', 'AGREE'],
      ['feltHeard', 'AGREE'],
      ['needsMet', 'DISAGREE'],
      ['wouldRecommend', 'DECLINED'],
    ] as const) {
      await userEvent.click(within(within(form).getByTestId(`field-feedback-${statement}`)).getByRole('radio', { name: { AGREE: 'Agree', DISAGREE: 'Disagree', DECLINED: 'Declined to answer' }[answer] }));
    }
    await userEvent.click(within(form).getByTestId('save-feedback'));
    await vi.waitFor(() => expect(sent).toEqual({ participantId: offenderId, feltSafe: 'AGREE', feltHeard: 'AGREE', needsMet: 'DISAGREE', wouldRecommend: 'DECLINED', comments: null }));
  });

  it('reads in French', async () => {
    serveClosed();
    await changeLanguage('fr');
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    const section = await screen.findByTestId('feedback-section');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Rétroaction');
    expect(await within(section).findByTestId('feedback-feltSafe')).toHaveTextContent("Tout à fait d'accord");
  });

  it('is not shown before the case is closed', async () => {
    server.use(
      http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase({ stage: 'DIALOGUE' }))),
      http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/meetings', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/notes', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/timeline', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20, next: null })),
    );
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    await screen.findByTestId('participants-section');
    expect(screen.queryByTestId('feedback-section')).not.toBeInTheDocument();
  });
});
