import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aParticipant, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

describe('participants list', () => {
  it('renders the results with their total, each row linking to its record', async () => {
    const seen: Request[] = [];
    server.use(
      http.get('/api/participants', ({ request, response }) => {
        seen.push(request);
        return response(200).json({
          items: [
            aParticipant(),
            aParticipant({ id: '7d8e9f00-1111-4222-8333-444455556666', kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy', offenderNumber: 'FPS123' }),
          ],
          total: 42,
          totalIsExact: true,
          page: 0,
          size: 20,
        });
      }),
    );
    renderApp({ path: '/participants' });
    expect(await screen.findByTestId('participants-total')).toHaveTextContent('42 participants');
    const rows = screen.getAllByTestId('participant-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Tremblay, Hélène' })).toHaveAttribute('href', '/participants/3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f');
    expect(within(rows[1]!).getByText('Offender')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('FPS123')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    // Every call carries the bearer token and the portal's language.
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(seen[0]!.headers.get('Accept-Language')).toBe('en');
    expect(new URL(seen[0]!.url).searchParams.get('size')).toBe('20');
  });

  it('says "of more than" when the total reached the API\'s count cap, and lets the user page on', async () => {
    server.use(
      http.get('/api/participants', ({ request, response }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? 0);
        return response(200).json({ items: [aParticipant()], total: 10000, totalIsExact: false, page, size: 20, next: 'b3BhcXVl' });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/participants?page=499' });
    expect(await screen.findByText('Page 500 of more than 500')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Page 501 of more than 500')).toBeInTheDocument();
  });

  it('sends the search words as q, the kind filter as kind, and pages on', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/participants', ({ request, response }) => {
        const params = new URL(request.url).searchParams;
        queries.push(params);
        const q = params.get('q');
        return response(200).json({ items: q ? [aParticipant()] : [], total: q ? 25 : 0, totalIsExact: true, page: Number(params.get('page') ?? 0), size: 20 });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/participants' });
    expect(await screen.findByText('No participant matches.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Search by name or offender number'), 'helene');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByTestId('participants-total')).toHaveTextContent('25 participants');
    expect(queries.at(-1)!.get('q')).toBe('helene');

    await user.selectOptions(screen.getByLabelText('Kind of participant'), 'VICTIM');
    await waitFor(() => expect(queries.at(-1)!.get('kind')).toBe('VICTIM'));
    expect(queries.at(-1)!.get('q')).toBe('helene');

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(queries.at(-1)!.get('page')).toBe('1'));
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
  });

  it('shows the API problem when the list is refused', async () => {
    server.use(
      http.get('/api/participants', ({ response }) =>
        response(403).json({ type: '/problems/forbidden', title: 'Forbidden', status: 403, detail: 'No.', requestId: 'req-1' }),
      ),
    );
    renderApp({ path: '/participants' });
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('You may not do this.');
    expect(alert).toHaveTextContent('Reference: req-1');
  });

  it('tells the user to sign in again when the API answers 401', async () => {
    server.use(http.get('/api/participants', ({ response }) => response(401).json({ title: 'Unauthorized', status: 401 })));
    renderApp({ path: '/participants' });
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('Your session has ended');
  });

  it('offers "Record a participant" to coordinators only', async () => {
    server.use(http.get('/api/participants', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20 })));
    renderApp({ path: '/participants', roles: ['mediator'] });
    expect(await screen.findByText('No participant matches.')).toBeInTheDocument();
    expect(screen.queryByTestId('new-participant')).not.toBeInTheDocument();
  });
});
