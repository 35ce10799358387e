import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMediator, http, quebecId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

describe('the mediator roster', () => {
  it('is for administrators only', async () => {
    for (const role of ['coordinator', 'mediator', 'staff', 'auditor'] as const) {
      const { unmount } = renderApp({ path: '/mediators', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      unmount();
    }
  });

  it('lists the roster and adds a mediator', async () => {
    let body: unknown;
    let roster = [aMediator(), aMediator({ username: 'mediator2', displayName: 'Max Médiateur', languages: 'FR', region: 'Québec', active: false })];
    server.use(
      http.get('/api/mediators', ({ response }) => response(200).json(roster)),
      http.post('/api/mediators', async ({ request, response }) => {
        const entry = await request.json();
        body = entry;
        roster = [...roster, { ...entry, region: 'Quebec', version: 0 }];
        return response(201).json({ ...entry, region: 'Quebec', version: 0 });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/mediators', roles: ['admin'] });
    const rows = await screen.findAllByTestId('mediator-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('English and French');
    expect(within(rows[1]!).getByTestId('mediator-active')).toHaveTextContent('Not active');

    await user.click(screen.getByTestId('add-mediator'));
    await user.click(screen.getByTestId('save-mediator'));
    expect(await screen.findByTestId('field-username-error')).toBeInTheDocument();
    expect(body).toBeUndefined();
    await user.type(screen.getByLabelText(/^User name/), 'mediator3');
    await user.type(screen.getByLabelText(/^Name/), 'Nora New');
    await user.selectOptions(screen.getByLabelText(/^Languages/), 'EN');
    await screen.findByRole('option', { name: 'Quebec' });
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Quebec');
    await user.click(screen.getByTestId('save-mediator'));
    await waitFor(() => expect(screen.getAllByTestId('mediator-row')).toHaveLength(3));
    expect(body).toEqual({ username: 'mediator3', displayName: 'Nora New', languages: 'EN', regionId: quebecId, active: true });
  });

  it('edits an entry with If-Match: takes a mediator off active duty', async () => {
    const seen: unknown[] = [];
    let roster = [aMediator()];
    server.use(
      http.get('/api/mediators', ({ response }) => response(200).json(roster)),
      http.put('/api/mediators/{username}', async ({ request, params, response }) => {
        const entry = await request.json();
        seen.push({ username: params.username, ifMatch: request.headers.get('If-Match'), entry });
        roster = [{ ...entry, region: 'Quebec', version: 3 }];
        return response(200).json(roster[0]!);
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/mediators', roles: ['admin'] });
    await user.click(await screen.findByTestId('edit-mediator-mediator1'));
    expect(screen.queryByLabelText(/^User name/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(/^Active/));
    await screen.findByRole('option', { name: 'Quebec' });
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Quebec');
    await user.click(screen.getByTestId('save-mediator'));
    await waitFor(() => expect(screen.getByTestId('mediator-active')).toHaveTextContent('Not active'));
    expect(seen).toEqual([
      { username: 'mediator1', ifMatch: '"2"', entry: { username: 'mediator1', displayName: 'Mia Mediator', languages: 'EN,FR', regionId: quebecId, active: false } },
    ]);
  });
});
