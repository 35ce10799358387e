import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aParticipant, http, server } from '../../../test/server';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { renderApp } from '../../../test/render-app';
import type { CorrectionView } from '../api/types';

const personId = '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f';

function aCorrection(overrides: Partial<CorrectionView> = {}): CorrectionView {
  return {
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    participantId: personId,
    recordType: 'PARTICIPANT',
    recordId: personId,
    field: 'contact.phone',
    whatIsWrong: 'This number is not mine',
    whatIsAsked: 'Record 613 555 0199',
    state: 'OPEN',
    requestedAt: '2026-11-30T10:00:00Z',
    requestedBy: 'coordinator1',
    requestedByName: { username: 'coordinator1', displayName: 'Claire Coordinator' },
    version: 0,
    ...overrides,
  };
}

const page = (items: CorrectionView[]) => ({ items, total: items.length, totalIsExact: true, page: 0, size: 20, next: null });

describe('correction requests', () => {
  it('are for coordinators only', async () => {
    for (const role of ['mediator', 'staff', 'auditor', 'admin'] as const) {
      const { unmount } = renderApp({ path: '/corrections', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      unmount();
    }
  });

  it('lists open requests, filters by state and resolves one as disputed with If-Match', async () => {
    const seen: unknown[] = [];
    const queries: string[] = [];
    let current = aCorrection();
    server.use(
      http.get('/api/corrections', ({ request, response }) => {
        queries.push(new URL(request.url).search);
        return response(200).json(page([current]));
      }),
      http.post('/api/corrections/{id}/resolve', async ({ request, params, response }) => {
        const body = await request.json();
        seen.push({ id: params.id, ifMatch: request.headers.get('If-Match'), body });
        current = { ...current, state: 'ANNOTATED', resolutionNote: body.note, resolvedAt: '2026-11-30T11:00:00Z', resolvedBy: 'user1', version: 1 };
        return response(200).json(current);
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/corrections', roles: ['coordinator'] });
    const row = await screen.findByTestId('correction-row');
    expect(row).toHaveTextContent('Phone');
    expect(row).toHaveTextContent('Claire Coordinator');
    expect(row).not.toHaveTextContent('coordinator1');
    expect(within(row).getByTestId('correction-state')).toHaveTextContent('Open');

    await user.selectOptions(screen.getByLabelText('State'), 'OPEN');
    await waitFor(() => expect(queries.at(-1)).toContain('state=OPEN'));

    await user.click(screen.getByTestId(`resolve-${current.id}`));
    await user.click(screen.getByTestId('confirm-resolve'));
    expect(await screen.findByTestId('field-outcome-error')).toBeInTheDocument();
    expect(seen).toEqual([]);
    await user.click(screen.getByLabelText('Annotated as disputed'));
    await user.type(screen.getByLabelText(/^Resolution note/), 'The institution confirmed the number');
    await user.click(screen.getByTestId('confirm-resolve'));
    await waitFor(() => expect(screen.getByTestId('correction-state')).toHaveTextContent('Disputed'));
    expect(seen).toEqual([
      { id: current.id, ifMatch: '"0"', body: { outcome: 'ANNOTATED', note: 'The institution confirmed the number' } },
    ]);
  });

  it('records a request from the participant page, whose notice then shows it, in one call for the page', async () => {
    let posted: unknown;
    let stored: CorrectionView[] = [];
    const noticeQueries: string[] = [];
    server.use(
      http.get('/api/participants/{id}', ({ response }) => response(200).json(aParticipant({ id: personId }))),
      http.get('/api/corrections', ({ request, response }) => {
        noticeQueries.push(new URL(request.url).search);
        return response(200).json(page(stored));
      }),
      http.post('/api/corrections', async ({ request, response }) => {
        const body = await request.json();
        posted = body;
        stored = [aCorrection({ ...body, field: body.field ?? null })];
        return response(201).json(stored[0]!);
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/participants/${personId}`, roles: ['coordinator'] });
    await user.click(await screen.findByTestId('request-correction'));
    await user.click(await screen.findByTestId('save-correction'));
    expect(await screen.findByTestId('field-whatIsWrong-error')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Field disputed/), 'contact.phone');
    await user.type(screen.getByLabelText(/^What the person says is wrong/), 'This number is not mine');
    await user.type(screen.getByLabelText(/^What the person asks/), 'Record 613 555 0199');
    await user.click(screen.getByTestId('save-correction'));
    const notice = await screen.findByTestId('correction-notice');
    expect(notice).toHaveTextContent('A correction was requested on Phone on November 30, 2026: open.');
    expect(notice).toHaveTextContent('This number is not mine');
    expect(posted).toEqual({
      participantId: personId,
      recordType: 'PARTICIPANT',
      recordId: personId,
      field: 'contact.phone',
      whatIsWrong: 'This number is not mine',
      whatIsAsked: 'Record 613 555 0199',
    });
    expect(noticeQueries.every((q) => q.includes('recordType=PARTICIPANT') && q.includes(`recordId=${personId}`))).toBe(true);
  });

  it('shows a disputed request in French with the person\'s statement, and asks nothing for a mediator', async () => {
    let asked = 0;
    server.use(
      http.get('/api/participants/{id}', ({ response }) => response(200).json(aParticipant({ id: personId }))),
      http.get('/api/corrections', ({ response }) => {
        asked += 1;
        return response(200).json(page([aCorrection({ state: 'ANNOTATED', version: 1 })]));
      }),
    );
    await changeLanguage('fr');
    const first = renderApp({ path: `/participants/${personId}`, roles: ['coordinator'] });
    const notice = await screen.findByTestId('correction-notice');
    expect(notice).toHaveTextContent('Une correction a été demandée sur Téléphone le 30 novembre 2026 : contestée.');
    expect(notice).toHaveTextContent('Déclaration de la personne : This number is not mine');
    expect(asked).toBe(1);
    first.unmount();

    renderApp({ path: `/participants/${personId}`, roles: ['mediator'] });
    expect(await screen.findAllByText('Hélène Tremblay')).not.toHaveLength(0);
    expect(screen.queryByTestId('correction-notice')).not.toBeInTheDocument();
    expect(screen.queryByTestId('request-correction')).not.toBeInTheDocument();
    expect(asked).toBe(1);
  });
});
