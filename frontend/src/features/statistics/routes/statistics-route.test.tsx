import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { renderApp } from '../../../test/render-app';
import { http, server } from '../../../test/server';
import { defaultPeriod, firstDay, lastDay } from '../components/period';
import { aRegion, aReport, regionId, regions } from '../testing/report-fixture';

type Seen = { from: string | null; to: string | null; regionId: string | null };

/** The API mocked: regions, and a report echoing the period and region it was asked for. */
function mockApi(report = aReport()) {
  const seen: Seen[] = [];
  server.use(
    http.get('/api/regions', ({ response }) => response(200).json(regions)),
    http.get('/api/statistics', ({ request, response }) => {
      const url = new URL(request.url);
      const asked = { from: url.searchParams.get('from'), to: url.searchParams.get('to'), regionId: url.searchParams.get('regionId') };
      seen.push(asked);
      return response(200).json({ ...report, from: asked.from ?? report.from, to: asked.to ?? report.to, regionId: asked.regionId });
    }),
  );
  return seen;
}

/** The page is loaded on first use (code splitting), so its first render may take a while. */
const reportShown = () => screen.findByTestId('statistics-report', {}, { timeout: 15_000 });
const table = (key: string) => screen.getByTestId(`table-${key}`);
const rowOf = (key: string, name: string) => within(table(key)).getByRole('row', { name: new RegExp(`^${name}`) });

// Eleven charts and tables in jsdom take a few seconds to render on a busy machine.
describe('the statistics page', { timeout: 30_000 }, () => {
  it('shows the current fiscal year by default: every table with its chart and its numbers, named in words', async () => {
    const seen = mockApi();
    renderApp({ path: '/statistics', roles: ['coordinator'] });
    await reportShown();
    const period = defaultPeriod(new Date());
    expect(seen[0]).toEqual({ from: firstDay(period.from), to: lastDay(period.to), regionId: null });
    expect(seen[0]!.from).toMatch(/-04-01$/);
    expect(screen.getByTestId('statistics-summary')).toHaveTextContent(/^April \d{4} to \w+ \d{4}, All regions$/);

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Referrals received, by source and channel',
      'Referral decisions, by outcome',
      'Declined referrals, by reason',
      'Suitability assessments, by outcome',
      'Cases opened, closed and reopened',
      'Cases by stage at the end of the period',
      'Cases by way of communicating',
      'Closed cases, by outcome',
      'Withdrawals and rejoins, by side',
      'Messages by kind and state',
      'Face-to-face meetings, by state',
      'Feedback: “I felt safe taking part”',
      'Time taken',
    ]);
    for (const t of aReport().tables) {
      const section = screen.getByTestId(`section-${t.key}`);
      expect(within(section).getByTestId(`chart-${t.key}`).querySelector('svg[role=application] > title')).toHaveTextContent(section.querySelector('h2')!.textContent!);
      expect(within(section).getByTestId(`table-${t.key}`).querySelector('caption')).toHaveTextContent(section.querySelector('h2')!.textContent!);
    }

    const sources = table('referralsBySourceAndChannel');
    expect(within(sources).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Source',
      'Channel',
      'Total',
      'Phone',
      'E-mail',
      'Collect call',
      'Mail',
      'In person',
      'Through Victim Services',
      'No channel',
    ]);
    expect(within(rowOf('referralsBySourceAndChannel', 'Harmed person')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '12',
      '7',
      'suppressed*',
      '0',
      'suppressed*',
      '9',
      '0',
      '35',
    ]);
    expect(within(rowOf('referralsBySourceAndChannel', 'Total')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12', '7', 'suppressed*', '0', 'suppressed*', '9', '55', '90']);
    expect(within(rowOf('casesByStage', 'Follow-up')).getByRole('cell')).toHaveTextContent('0');
    expect(within(rowOf('casesByClosureOutcome', 'The process was completed')).getByRole('cell')).toHaveTextContent('6');
    expect(within(rowOf('meetingsByState', 'Total')).getByRole('cell')).toHaveTextContent('12');
    expect(screen.getByTestId('statistics-report')).not.toHaveTextContent(/HARMED_PERSON|COLLECT_CALL|DIALOGUE_COMPLETED|FOLLOW_UP|ENDED_|REJOINED/);
  });

  it('reads a suppressed count as "suppressed", never as a number, and explains the rule', async () => {
    mockApi();
    renderApp({ path: '/statistics', roles: ['auditor'] });
    await reportShown();
    const decisions = table('referralsByOutcome');
    expect(within(rowOf('referralsByOutcome', 'Declined')).getByRole('cell')).toHaveTextContent(/^suppressed\*$/);
    expect(within(rowOf('referralsByOutcome', 'Withdrawn')).getByRole('cell')).toHaveTextContent(/^suppressed\*$/);
    const footnote = document.getElementById(decisions.getAttribute('aria-describedby') ?? '');
    expect(footnote).toHaveTextContent('Suppressed: counts from 1 to 4 are not shown, nor the counts that would let someone work them out');
    // A table with nothing suppressed has no footnote.
    expect(table('casesByStage')).not.toHaveAttribute('aria-describedby');
    const withdrawals = table('participationChanges');
    expect(within(withdrawals).getAllByTestId('suppressed')).toHaveLength(6);
    expect(within(withdrawals).queryByText(/^[1-4]$/)).not.toBeInTheDocument();

    const durations = screen.getByTestId('table-durations');
    expect(within(screen.getByTestId('duration-referralToDecision')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['28', '45.2', '120.7']);
    expect(within(screen.getByTestId('duration-messageRecordedToDelivered')).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'suppressed*',
      'not shown: fewer than 5',
      'not shown: fewer than 5',
    ]);
    expect(durations).toHaveAttribute('aria-describedby', 'stats-durations-footnote');
  });

  it('sends the chosen period and region with the button, keeps them in the address, and reads them back on a reload', async () => {
    const seen = mockApi();
    const user = userEvent.setup();
    const { router, unmount } = renderApp({ path: '/statistics', roles: ['coordinator'] });
    await reportShown();
    const year = new Date().getFullYear() - 1;
    await user.selectOptions(screen.getByLabelText('First month'), `${year}-04`);
    await user.selectOptions(screen.getByLabelText('Last month'), `${year}-09`);
    await user.selectOptions(screen.getByLabelText('Region'), 'Ontario');
    expect(seen).toHaveLength(1);
    await user.click(screen.getByTestId('statistics-submit'));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ from: `${year}-04-01`, to: `${year}-09-30`, regionId });
    expect(router.state.location.search).toBe(`?from=${year}-04&to=${year}-09&regionId=${regionId}`);
    await waitFor(() => expect(screen.getByTestId('statistics-summary')).toHaveTextContent(`April ${year} to September ${year}, Ontario`));
    unmount();

    renderApp({ path: `/statistics?from=${year}-04&to=${year}-09&regionId=${regionId}`, roles: ['coordinator'] });
    await reportShown();
    expect(seen[2]).toEqual({ from: `${year}-04-01`, to: `${year}-09-30`, regionId });
    expect(screen.getByLabelText('First month')).toHaveValue(`${year}-04`);
    expect(screen.getByLabelText('Region')).toHaveValue(regionId);
  });

  it('refuses a last month before the first without asking the API', async () => {
    const seen = mockApi();
    const user = userEvent.setup();
    renderApp({ path: '/statistics', roles: ['coordinator'] });
    await reportShown();
    const year = new Date().getFullYear() - 1;
    await user.selectOptions(screen.getByLabelText('First month'), `${year}-06`);
    await user.selectOptions(screen.getByLabelText(/^Last month/), `${year}-05`);
    await user.click(screen.getByTestId('statistics-submit'));
    expect(await screen.findByTestId('field-statistics-to-error')).toHaveTextContent('The last month must be the first month or a later one.');
    expect(screen.getByLabelText(/^Last month/)).toHaveAttribute('aria-invalid', 'true');
    expect(seen).toHaveLength(1);
  });

  it('shows the API\'s refusal', async () => {
    server.use(
      http.get('/api/regions', ({ response }) => response(200).json(regions)),
      http.get('/api/statistics', ({ response }) =>
        response(422).json({ status: 422, title: 'The request breaks a rule', detail: 'regionId: no such region', errors: [{ field: 'regionId', rule: 'Known' }] }),
      ),
    );
    renderApp({ path: '/statistics', roles: ['coordinator'] });
    expect(await screen.findByText(/no such region/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('statistics-report')).not.toBeInTheDocument();
  });

  it('downloads the whole report as a bilingual CSV named for the period and region', async () => {
    mockApi();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:statistics';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const year = new Date().getFullYear() - 1;
    renderApp({ path: `/statistics?from=${year}-04&to=${year + 1}-03&regionId=${regionId}`, roles: ['auditor'] });
    await reportShown();
    await waitFor(() => expect(screen.getByTestId('statistics-summary')).toHaveTextContent('Ontario'));
    await userEvent.click(screen.getByTestId('statistics-download'));
    expect(names).toEqual([`statistics-${year}-04-01-${year + 1}-03-31-ont.csv`]);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Region / Région,Ontario / Ontario\r\n');
    expect(text).toContain('Declined / Refusé,suppressed / supprimé\r\n');
    click.mockRestore();
  });

  it('is in French: labels, months, region names, "supprimé"', async () => {
    mockApi();
    await changeLanguage('fr');
    const year = new Date().getFullYear() - 1;
    renderApp({ path: `/statistics?from=${year}-04&to=${year}-11&regionId=${regions[2]!.id}`, roles: ['coordinator'] });
    await reportShown();
    expect(screen.getByTestId('page-heading')).toHaveTextContent('Statistiques');
    await waitFor(() => expect(screen.getByTestId('statistics-summary')).toHaveTextContent(`De avril ${year} à novembre ${year}, Québec`));
    expect(screen.getByRole('heading', { level: 2, name: 'Renvois reçus, par source et par moyen de contact' })).toBeInTheDocument();
    expect(within(rowOf('referralsByOutcome', 'Refusé')).getByRole('cell')).toHaveTextContent(/^supprimé\*$/);
    expect(within(rowOf('participationChanges', 'Retour')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '0']);
    expect(within(table('referralsBySourceAndChannel')).getByRole('columnheader', { name: 'Aucun moyen' })).toBeInTheDocument();
    expect(within(screen.getByTestId('duration-messageRecordedToDelivered')).getAllByRole('cell')[1]).toHaveTextContent('non affiché : moins de 5');
    expect(within(screen.getByTestId('duration-referralToDecision')).getAllByRole('cell')[1]).toHaveTextContent('45,2');
    expect(screen.getByRole('option', { name: 'Prairies (inactive)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Toutes les régions' })).toBeInTheDocument();
    expect(document.getElementById('stats-referralsByOutcome-footnote')).toHaveTextContent(/^\* Supprimé : les nombres de 1 à 4/);
  });

  it('is for coordinators and auditors only', async () => {
    for (const role of ['mediator', 'staff', 'admin'] as const) {
      const { unmount } = renderApp({ path: '/statistics', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      unmount();
    }
  });
});

describe('the region filter', { timeout: 30_000 }, () => {
  it('lists every region by its name in the reader\'s language, sorted, the inactive ones marked', async () => {
    mockApi();
    renderApp({ path: '/statistics', roles: ['coordinator'] });
    await reportShown();
    await waitFor(() => expect(within(screen.getByLabelText('Region')).getAllByRole('option')).toHaveLength(5));
    expect(within(screen.getByLabelText('Region')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All regions',
      'Atlantic',
      'Ontario',
      'Prairies (inactive)',
      'Quebec',
    ]);
    expect(aRegion().code).toBe('ONT');
  });
});
