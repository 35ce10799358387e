import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import type { DuePage, DueRecord } from '../api/types';

const caseId = '11111111-2222-4333-8444-555555555555';
const referralId = '66666666-7777-4888-9999-000000000000';

function aDueRecord(overrides: Partial<DueRecord> = {}): DueRecord {
  return {
    recordType: 'CASE',
    recordId: caseId,
    reason: 'CLOSED_CASE',
    runsFrom: '2024-03-01T10:00:00Z',
    dueSince: '2026-03-01T10:00:00Z',
    hold: null,
    ...overrides,
  };
}

function page(items: DueRecord[]): DuePage {
  return { items, total: items.length, totalIsExact: true, page: 0, size: 20, next: null };
}

describe('the disposal page', () => {
  it('is for coordinators only', async () => {
    for (const role of ['mediator', 'staff', 'auditor', 'admin'] as const) {
      const { unmount } = renderApp({ path: '/disposals', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      unmount();
    }
  });

  it('lists what is due with its holds, and disposes of the selected records after a confirmation', async () => {
    let due = [
      aDueRecord(),
      aDueRecord({
        recordType: 'REFERRAL',
        recordId: referralId,
        reason: 'ENDED_REFERRAL',
        hold: { recordType: 'REFERRAL', recordId: referralId, reason: 'Matter 2026-114', placedAt: '2026-04-01T10:00:00Z', placedBy: 'coordinator2', version: 0 },
      }),
    ];
    const posted: unknown[] = [];
    server.use(
      http.get('/api/disposals/due', ({ response }) => response(200).json(page(due))),
      http.post('/api/disposals', async ({ request, response }) => {
        const body = await request.json();
        posted.push(body);
        due = due.filter((r) => r.recordId !== caseId);
        return response(200).json({
          disposedAt: '2026-11-30T10:00:00Z',
          disposed: [{ recordType: 'CASE', recordId: caseId, referrals: 2, peopleErased: 2, peopleUnlinked: 0, files: 1 }],
        });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/disposals', roles: ['coordinator'] });
    const rows = await screen.findAllByTestId('due-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Case closed, retention period over');
    expect(rows[1]).toHaveTextContent('Matter 2026-114');
    // a held record cannot be selected
    expect(within(rows[1]!).getByTestId('select-record')).toBeDisabled();
    expect(screen.getByTestId('approve-disposal')).toBeDisabled();

    await user.click(within(rows[0]!).getByTestId('select-record'));
    await user.click(screen.getByTestId('approve-disposal'));
    expect(screen.getByTestId('approve-disposal-confirm')).toHaveTextContent('This cannot be undone');
    expect(posted).toEqual([]);
    await user.click(screen.getByTestId('approve-disposal-yes'));
    expect(await screen.findByTestId('disposal-done')).toHaveTextContent('1 record was disposed of.');
    expect(posted).toEqual([{ records: [{ recordType: 'CASE', recordId: caseId }] }]);
    await waitFor(() => expect(screen.getAllByTestId('due-row')).toHaveLength(1));
  });

  it('places a hold only with a reason, and releases one with its ETag', async () => {
    const holds: unknown[] = [];
    const releases: unknown[] = [];
    server.use(
      http.get('/api/disposals/due', ({ response }) =>
        response(200).json(
          page([
            aDueRecord(),
            aDueRecord({
              recordType: 'REFERRAL',
              recordId: referralId,
              reason: 'DORMANT_REQUEST',
              hold: { recordType: 'REFERRAL', recordId: referralId, reason: 'Matter 7', placedAt: '2026-04-01T10:00:00Z', placedBy: 'coordinator1', version: 3 },
            }),
          ]),
        ),
      ),
      http.put('/api/legal-holds/{type}/{id}', async ({ request, params, response }) => {
        const body = await request.json();
        holds.push({ ...params, ...body });
        return response(201).json({ recordType: 'CASE', recordId: caseId, reason: body.reason, placedAt: '2026-11-30T10:00:00Z', placedBy: 'coordinator1', version: 0 });
      }),
      http.delete('/api/legal-holds/{type}/{id}', ({ request, params, response }) => {
        releases.push({ ...params, ifMatch: request.headers.get('If-Match') });
        return response(204).empty();
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/disposals', roles: ['coordinator'] });
    await user.click(await screen.findByTestId(`place-hold-${caseId}`));
    await user.click(screen.getByTestId('save-hold'));
    expect(await screen.findByTestId('field-reason-error')).toHaveTextContent('Enter the reason for the hold.');
    expect(holds).toEqual([]);
    await user.type(screen.getByLabelText(/^Reason for the hold/), 'Civil matter 2026-9');
    await user.click(screen.getByTestId('save-hold'));
    await waitFor(() => expect(screen.queryByTestId('hold-form')).not.toBeInTheDocument());
    expect(holds).toEqual([{ type: 'CASE', id: caseId, reason: 'Civil matter 2026-9' }]);

    await user.click(screen.getByTestId(`release-hold-${referralId}`));
    await user.click(screen.getByTestId(`release-hold-${referralId}-yes`));
    await waitFor(() => expect(releases).toEqual([{ type: 'REFERRAL', id: referralId, ifMatch: '"3"' }]));
  });

  it('speaks French', async () => {
    server.use(http.get('/api/disposals/due', ({ response }) => response(200).json(page([aDueRecord()]))));
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    renderApp({ path: '/disposals', roles: ['coordinator'] });
    expect(await screen.findByTestId('due-row')).toHaveTextContent('Dossier fermé, période de conservation écoulée');
    expect(screen.getByTestId('approve-disposal')).toHaveTextContent('Éliminer 0 document sélectionné');
    expect(screen.getByTestId('hold-cell')).toHaveTextContent('Aucune');
    await changeLanguage('en');
  });
});
