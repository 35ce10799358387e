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
    let roster = [aMediator(), aMediator({ username: 'mediator2', displayName: 'Max Médiateur', languages: ['FR'], region: 'Québec', active: false })];
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
    expect(rows[0]).toHaveTextContent('English, French');
    expect(rows[1]).toHaveTextContent('French');
    expect(within(rows[1]!).getByTestId('mediator-active')).toHaveTextContent('Not active');

    await user.click(screen.getByTestId('add-mediator'));
    await user.click(screen.getByTestId('save-mediator'));
    expect(await screen.findByTestId('field-username-error')).toBeInTheDocument();
    expect(body).toBeUndefined();
    await user.type(screen.getByLabelText(/^User name/), 'mediator3');
    await user.type(screen.getByLabelText(/^Name/), 'Nora New');
    await user.click(screen.getByLabelText('French'));
    await user.click(screen.getByLabelText('English'));
    await screen.findByRole('option', { name: 'Quebec' });
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Quebec');
    await user.click(screen.getByTestId('save-mediator'));
    await waitFor(() => expect(screen.getAllByTestId('mediator-row')).toHaveLength(3));
    expect(body).toEqual({ username: 'mediator3', displayName: 'Nora New', languages: ['EN', 'FR'], regionId: quebecId, active: true });
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
    await user.click(screen.getByLabelText('English'));
    await screen.findByRole('option', { name: 'Quebec' });
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Quebec');
    await user.click(screen.getByTestId('save-mediator'));
    await waitFor(() => expect(screen.getByTestId('mediator-active')).toHaveTextContent('Not active'));
    expect(seen).toEqual([
      { username: 'mediator1', ifMatch: '"2"', entry: { username: 'mediator1', displayName: 'Mia Mediator', languages: ['FR'], regionId: quebecId, active: false } },
    ]);
  });

  it('asks for at least one language before sending, with the checkboxes in the reader\'s language', async () => {
    let posted = false;
    server.use(
      http.get('/api/mediators', ({ response }) => response(200).json([aMediator()])),
      http.post('/api/mediators', ({ response }) => {
        posted = true;
        return response(201).json(aMediator());
      }),
    );
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    const user = userEvent.setup();
    renderApp({ path: '/mediators', roles: ['admin'] });
    expect(await screen.findByTestId('mediator-row')).toHaveTextContent('anglais, français');
    await user.click(screen.getByTestId('add-mediator'));
    expect(screen.getByLabelText('Anglais')).not.toBeChecked();
    expect(screen.getByLabelText('Français')).not.toBeChecked();
    await user.type(screen.getByLabelText(/^Nom d'utilisateur/), 'mediator3');
    await user.type(screen.getByLabelText(/^Nom\b(?! d)/), 'Nora New');
    await user.type(screen.getByLabelText(/^Région/), 'Prairies');
    await user.click(screen.getByTestId('save-mediator'));
    expect(await screen.findByTestId('field-languages-error')).toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it('shows the realm\'s refusal of a user who is not a mediator at the user name', async () => {
    server.use(
      http.get('/api/mediators', ({ response }) => response(200).json([aMediator()])),
      http.post('/api/mediators', ({ response }) =>
        response(422).json({
          type: '/problems/roster-username-not-a-mediator',
          title: 'Unprocessable',
          status: 422,
          errors: [{ field: 'username', rule: 'MediatorRole', message: 'This realm user does not hold the mediator role.' }],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/mediators', roles: ['admin'] });
    await user.click(await screen.findByTestId('add-mediator'));
    await user.type(screen.getByLabelText(/^User name/), 'staff1');
    await user.type(screen.getByLabelText(/^Name/), 'Sam Staff');
    await user.click(screen.getByLabelText('English'));
    await screen.findByRole('option', { name: 'Quebec' });
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Quebec');
    await user.click(screen.getByTestId('save-mediator'));
    expect(await screen.findByTestId('field-username-error')).toHaveTextContent('This realm user does not hold the mediator role.');
    expect(screen.getAllByTestId('mediator-row')).toHaveLength(1);
  });
});
