import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anInstitution, aRegion, collinsBayId, http, ontarioId, quebecId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

describe('the reference data page', () => {
  it('is for administrators only', async () => {
    for (const role of ['coordinator', 'mediator', 'staff', 'auditor'] as const) {
      const { unmount } = renderApp({ path: '/reference-data', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      unmount();
    }
  });

  it('lists regions and institutions with both names, code, region and state', async () => {
    renderApp({ path: '/reference-data', roles: ['admin'] });
    const institutions = await screen.findAllByTestId('institution-row');
    expect(institutions).toHaveLength(3);
    expect(institutions[0]).toHaveTextContent('Collins Bay Institution');
    expect(institutions[0]).toHaveTextContent('Établissement de Collins Bay');
    expect(institutions[0]).toHaveTextContent('ONT-COLLINS-BAY');
    await waitFor(() => expect(institutions[0]).toHaveTextContent('Ontario'));
    expect(within(institutions[2]!).getByTestId('reference-active')).toHaveTextContent('Not active');
    expect(screen.getAllByTestId('region-row')).toHaveLength(2);
  });

  it('adds an institution: checks the code first, then sends it with its region', async () => {
    let body: unknown;
    server.use(
      http.post('/api/institutions', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(anInstitution({ id: '1a5e0000-0000-4000-8000-000000000100', code: 'ONT-NEW' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/reference-data', roles: ['admin'] });
    await user.click(await screen.findByTestId('add-institution'));
    const form = screen.getByTestId('institution-form');
    await user.type(within(form).getByLabelText(/^Code/), 'bad code');
    await user.click(within(form).getByTestId('save-institution'));
    expect(await within(form).findByTestId('field-code-error')).toHaveTextContent('Use 2 to 20 capital letters');
    expect(within(form).getByTestId('field-regionId-error')).toBeInTheDocument();
    expect(body).toBeUndefined();

    await user.clear(within(form).getByLabelText(/^Code/));
    await user.type(within(form).getByLabelText(/^Code/), 'ONT-NEW');
    await user.type(within(form).getByLabelText(/^Name in English/), 'New Institution');
    await user.type(within(form).getByLabelText(/^Name in French/), 'Nouvel établissement');
    await user.selectOptions(within(form).getByLabelText(/^Region/), 'Quebec');
    await user.click(within(form).getByTestId('save-institution'));
    await waitFor(() => expect(screen.queryByTestId('institution-form')).not.toBeInTheDocument());
    expect(body).toEqual({ code: 'ONT-NEW', nameEn: 'New Institution', nameFr: 'Nouvel établissement', regionId: quebecId });
  });

  it('renames and deactivates with If-Match, and shows the API refusal at its field', async () => {
    const seen: unknown[] = [];
    server.use(
      http.put('/api/institutions/{id}', async ({ request, params, response }) => {
        const entry = await request.json();
        seen.push({ id: params.id, ifMatch: request.headers.get('If-Match'), entry });
        if (seen.length === 1) {
          return response(422).json({ type: '/problems/reference-inactive', title: 'Unprocessable', status: 422, errors: [{ field: 'regionId', rule: 'ActiveRegion', message: 'Choose an active region from the list.' }] });
        }
        return response(200).json(anInstitution({ ...entry, version: 4 }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/reference-data', roles: ['admin'] });
    await user.click(await screen.findByTestId('edit-institution-ONT-COLLINS-BAY'));
    const form = screen.getByTestId('institution-form');
    expect(within(form).queryByLabelText(/^Code/)).not.toBeInTheDocument();
    await user.clear(within(form).getByLabelText(/^Name in English/));
    await user.type(within(form).getByLabelText(/^Name in English/), 'Collins Bay');
    await user.click(within(form).getByLabelText(/^Active/));
    await user.click(within(form).getByTestId('save-institution'));
    expect(await within(form).findByTestId('field-regionId-error')).toHaveTextContent('Choose an active region from the list.');
    await user.click(within(form).getByTestId('save-institution'));
    await waitFor(() => expect(screen.queryByTestId('institution-form')).not.toBeInTheDocument());
    expect(seen[1]).toEqual({
      id: collinsBayId,
      ifMatch: '"0"',
      entry: { nameEn: 'Collins Bay', nameFr: 'Établissement de Collins Bay', regionId: ontarioId, active: false },
    });
  });

  it('shows the page in French', async () => {
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    server.use(http.get('/api/regions', ({ response }) => response(200).json([aRegion({ nameFr: 'Ontario (fr)' })])));
    renderApp({ path: '/reference-data', roles: ['admin'] });
    expect(await screen.findByTestId('region-table')).toHaveTextContent('Nom en anglais');
    expect(await screen.findByRole('button', { name: 'Ajouter un établissement' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('institution-row')[0]).toHaveTextContent('Ontario (fr)'));
  });
});
