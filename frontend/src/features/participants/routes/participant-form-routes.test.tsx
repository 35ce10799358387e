import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aParticipant, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const id = '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f';

describe('recording a participant', () => {
  it('shows zod errors at their fields and sends nothing', async () => {
    let posted = false;
    server.use(
      http.post('/api/participants', ({ response }) => {
        posted = true;
        return response(201).json(aParticipant());
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/participants/new' });
    await user.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('field-kind-error')).toHaveTextContent('Choose an option.');
    expect(screen.getByTestId('field-firstName-error')).toHaveTextContent('This field is required.');
    expect(screen.getByTestId('field-lastName-error')).toHaveTextContent('This field is required.');
    expect(screen.getByLabelText(/^Last name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('error-summary')).toBeInTheDocument();

    // An offender needs a well-formed offender number.
    await user.selectOptions(screen.getByLabelText(/^Kind of participant/), 'OFFENDER');
    await user.type(screen.getByLabelText(/^First name/), 'Marc');
    await user.type(screen.getByLabelText(/^Last name/), 'Roy');
    await user.selectOptions(screen.getByLabelText(/^Preferred official language/), 'FR');
    await user.type(screen.getByLabelText(/^Offender number/), 'a-1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('field-offenderNumber-error')).toHaveTextContent('Enter 3 to 12 capital letters or digits.');
    expect(screen.queryByTestId('field-lastName-error')).not.toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it('shows the API problem+json field errors next to their fields', async () => {
    server.use(
      http.post('/api/participants', ({ response }) =>
        response(400).json({
          type: '/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'Some fields break a rule',
          requestId: 'r-42',
          errors: [
            { field: 'lastName', rule: 'Size', message: 'Le nom est trop long selon le serveur' },
            { field: 'contact.email', rule: 'Email', message: 'Courriel refusé par le serveur' },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/participants/new' });
    await user.selectOptions(await screen.findByLabelText(/^Kind of participant/), 'VICTIM');
    await user.type(screen.getByLabelText(/^First name/), 'Hélène');
    await user.type(screen.getByLabelText(/^Last name/), 'Tremblay');
    await user.selectOptions(screen.getByLabelText(/^Preferred official language/), 'FR');
    await user.type(screen.getByLabelText('E-mail'), 'helene@example.ca');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('field-lastName-error')).toHaveTextContent('Le nom est trop long selon le serveur');
    expect(screen.getByTestId('field-contact-email-error')).toHaveTextContent('Courriel refusé par le serveur');
    // Both field errors are shown at their fields, so no general alert repeats them.
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
  });

  it('shows a general alert for a problem that names no field', async () => {
    server.use(
      http.post('/api/participants', ({ response }) =>
        response(409).json({ type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'This offender number is already recorded.' }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/participants/new' });
    await user.selectOptions(await screen.findByLabelText(/^Kind of participant/), 'OFFENDER');
    await user.type(screen.getByLabelText(/^First name/), 'Marc');
    await user.type(screen.getByLabelText(/^Last name/), 'Roy');
    await user.selectOptions(screen.getByLabelText(/^Preferred official language/), 'EN');
    await user.type(screen.getByLabelText(/^Offender number/), 'fps123');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('This offender number is already recorded.');
  });

  it('sends a victim with contact details (and no offender fields), then shows the record', async () => {
    let body: unknown;
    server.use(
      http.post('/api/participants', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(aParticipant({ contact: { email: 'helene@example.ca', mayLeaveMessage: true } }));
      }),
      http.get('/api/participants/{id}', ({ response }) =>
        response(200).json(aParticipant({ contact: { email: 'helene@example.ca', mayLeaveMessage: true } })),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/participants/new' });
    await user.selectOptions(await screen.findByLabelText(/^Kind of participant/), 'VICTIM');
    await user.type(screen.getByLabelText(/^First name/), ' Hélène ');
    await user.type(screen.getByLabelText(/^Last name/), 'Tremblay');
    await user.selectOptions(screen.getByLabelText(/^Preferred official language/), 'FR');
    await user.type(screen.getByLabelText('E-mail'), 'helene@example.ca');
    await user.click(screen.getByLabelText('A message may be left for them'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('success-notice')).toBeInTheDocument();
    expect(body).toEqual({
      kind: 'VICTIM',
      firstName: 'Hélène',
      lastName: 'Tremblay',
      preferredLanguage: 'FR',
      contact: { email: 'helene@example.ca', mayLeaveMessage: true },
    });
    expect(screen.getByTestId('participant-contact')).toHaveTextContent('helene@example.ca');
  });
});

describe('a participant record', () => {
  it('shows contact details only when the API sent them', async () => {
    server.use(http.get('/api/participants/{id}', ({ response }) => response(200).json(aParticipant({ contact: null }))));
    renderApp({ path: `/participants/${id}` });
    expect(await screen.findByTestId('page-heading')).toHaveTextContent('Hélène Tremblay');
    expect(screen.getByTestId('participant-kind')).toHaveTextContent('Victim');
    expect(screen.queryByTestId('participant-contact')).not.toBeInTheDocument();
    expect(screen.getByTestId('edit-participant')).toBeInTheDocument();
  });

  it('says so when the record cannot be seen', async () => {
    server.use(http.get('/api/participants/{id}', ({ response }) => response(404).json({ title: 'Not found', status: 404 })));
    renderApp({ path: `/participants/${id}` });
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('This record does not exist, or you may not see it.');
  });
});

describe('changing a participant', () => {
  it('sends If-Match with the ETag read, and says "someone else changed this record" on 412', async () => {
    let ifMatch: string | null = null;
    let version = 3;
    server.use(
      http.get('/api/participants/{id}', ({ response }) =>
        response(200).json(aParticipant({ version, lastName: version === 3 ? 'Tremblay' : 'Gagnon' }), { headers: { ETag: `"${version}"` } }),
      ),
      http.put('/api/participants/{id}', ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        version = 4;
        return response(412).json({ title: 'Precondition failed', status: 412, detail: 'Stale' });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/participants/${id}/edit` });
    const lastName = await screen.findByLabelText(/^Last name/);
    expect(lastName).toHaveValue('Tremblay');
    await user.clear(lastName);
    await user.type(lastName, 'Tremblay-Roy');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('stale-alert')).toHaveTextContent('Someone else changed this record');
    expect(ifMatch).toBe('"3"');
    await user.click(screen.getByTestId('reload-participant'));
    await waitFor(() => expect(screen.getByLabelText(/^Last name/)).toHaveValue('Gagnon'));
    expect(screen.queryByTestId('stale-alert')).not.toBeInTheDocument();
  });
});
