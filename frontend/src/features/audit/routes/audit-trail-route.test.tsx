import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import { anEntry } from './audit-fixtures';


describe('the audit trail', () => {
  it('is for auditors only, and the auditor finds it from the home page', async () => {
    for (const role of ['coordinator', 'mediator', 'staff', 'admin'] as const) {
      const { unmount } = renderApp({ path: '/audit', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      unmount();
    }
    renderApp({ path: '/', roles: ['auditor'] });
    expect(await screen.findByTestId('home-audit-trail')).toHaveAttribute('href', '/audit');
    expect(screen.getByTestId('home-audit-verification')).toHaveAttribute('href', '/audit/verification');
    expect(screen.getByTestId('home-statistics')).toHaveAttribute('href', '/statistics');
    expect(screen.getByTestId('home')).not.toHaveTextContent(/will read/);
  });

  it('sends the filters from the URL and the form, newest first, and links a record to its access log', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get('/api/audit/entries', ({ request, response }) => {
        seen.push(new URL(request.url).searchParams);
        return response(200).json({ items: [anEntry(), anEntry({ seq: 41, action: 'DENIED', username: 'mediator1', roles: 'mediator' })], total: 2, totalIsExact: true, page: 0, size: 25, next: null });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp({ path: '/audit?actor=coordinator1&role=coordinator', roles: ['auditor'] });
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows).toHaveLength(2);
    expect(seen[0]!.get('actor')).toBe('coordinator1');
    expect(seen[0]!.get('role')).toBe('coordinator');
    expect(rows[0]).toHaveTextContent('Coordinator');
    expect(rows[1]).toHaveTextContent('DENIED');
    expect(screen.getByLabelText(/^Who/)).toHaveValue('coordinator1');

    await user.type(screen.getByLabelText(/^Action/), 'update');
    await user.selectOptions(screen.getByLabelText(/^Record type/), 'CASE');
    await user.type(screen.getByLabelText(/^Request id/), 'req-9');
    await user.type(screen.getByLabelText(/^From/), '2026-11-01');
    await user.type(screen.getByLabelText(/^To/), '2026-11-30');
    await user.click(screen.getByTestId('apply-filters'));
    await waitFor(() => expect(router.state.location.search).toContain('action=UPDATE'));
    const last = seen[seen.length - 1]!;
    expect(Object.fromEntries(last.entries())).toMatchObject({ actor: 'coordinator1', role: 'coordinator', action: 'UPDATE', resourceType: 'CASE', requestId: 'req-9', from: '2026-11-01', to: '2026-11-30' });
    expect(router.state.location.search).toContain('resourceType=CASE');

    server.use(http.get('/api/audit/records/{type}/{id}', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 25, next: null })));
    await user.click(within(screen.getAllByTestId('audit-entry')[0]!).getByTestId('access-log-link'));
    expect(router.state.location.pathname).toBe('/audit/records/PARTICIPANT/3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f');
  });

  it('pages by cursor: next sends the cursor, previous goes back', async () => {
    const afters: (string | null)[] = [];
    server.use(
      http.get('/api/audit/entries', ({ request, response }) => {
        const after = new URL(request.url).searchParams.get('after');
        afters.push(after);
        return after
          ? response(200).json({ items: [anEntry({ seq: 10, requestId: 'req-old' })], total: 26, totalIsExact: true, page: 0, size: 25, next: null })
          : response(200).json({ items: [anEntry({ seq: 50, requestId: 'req-new' })], total: 26, totalIsExact: true, page: 0, size: 25, next: 'CURSOR1' });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/audit?action=READ', roles: ['auditor'] });
    expect(await screen.findByText('req-new')).toBeInTheDocument();
    expect(screen.getByTestId('previous-page')).toBeDisabled();
    await user.click(screen.getByTestId('next-page'));
    expect(await screen.findByText('req-old')).toBeInTheDocument();
    expect(afters).toContain('CURSOR1');
    await user.click(screen.getByTestId('previous-page'));
    expect(await screen.findByText('req-new')).toBeInTheDocument();
  });

  it('shows a refused filter at its field', async () => {
    server.use(
      http.get('/api/audit/entries', ({ response }) =>
        response(422).json({ status: 422, title: 'Unprocessable', detail: 'One or more filters are not valid', errors: [{ field: 'from', rule: 'DateOrInstant', message: 'Must be a date' }] }),
      ),
    );
    renderApp({ path: '/audit?from=soon', roles: ['auditor'] });
    expect(await screen.findByTestId('field-from-error')).toHaveTextContent('Must be a date');
  });

  it('downloads the CSV of the current filters through the API client, with the token', async () => {
    let exported: { url: URL; auth: string | null } | undefined;
    server.use(
      http.get('/api/audit/entries', ({ response }) => response(200).json({ items: [anEntry()], total: 1, totalIsExact: true, page: 0, size: 25, next: null })),
      http.get('/api/audit/entries/export', ({ request }) => {
        exported = { url: new URL(request.url), auth: request.headers.get('Authorization') };
        return new Response('Entry / Entrée\r\n42\r\n', { headers: { 'Content-Type': 'text/csv' } });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:csv');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp({ path: '/audit?action=READ&resourceType=PARTICIPANT', roles: ['auditor'] });
    await user.click(await screen.findByTestId('export-csv'));
    expect(await screen.findByTestId('export-done')).toBeInTheDocument();
    expect(exported?.auth).toBe('Bearer test-token');
    expect(Object.fromEntries(exported!.url.searchParams.entries())).toEqual({ action: 'READ', resourceType: 'PARTICIPANT' });
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('speaks French', async () => {
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    server.use(http.get('/api/audit/entries', ({ response }) => response(200).json({ items: [anEntry()], total: 1, totalIsExact: true, page: 0, size: 25, next: null })));
    renderApp({ path: '/audit', roles: ['auditor'] });
    expect(await screen.findByTestId('page-heading')).toHaveTextContent('Piste de vérification');
    expect(await screen.findByTestId('audit-total')).toHaveTextContent('1 entrée.');
    expect(screen.getByTestId('audit-entry')).toHaveTextContent('Coordonnateur');
  });
});
