import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aParticipant, aReferral, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

async function fillNewPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^First name/), 'Hélène');
  await user.type(screen.getByLabelText(/^Last name/), 'Tremblay');
  await user.click(screen.getByLabelText('French'));
  await user.click(screen.getByLabelText('Registered victim'));
}

describe('recording a call', () => {
  it('records all of a harmed person\'s contact details in the same step, and refuses an e-mail that is not one', async () => {
    let body: { newParticipant?: { contact?: unknown }; offenderFirstName?: string; offenderLastName?: string; offenderNumber?: string } | undefined;
    server.use(
      http.post('/api/referrals/harmed-person-requests', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(aReferral({ source: 'HARMED_PERSON', state: 'SUBMITTED', channel: 'PHONE' }));
      }),
      http.get('/api/referrals/{id}', ({ response }) => response(200).json(aReferral({ source: 'HARMED_PERSON', channel: 'PHONE' }))),
      http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json([])),
    );
    const user = userEvent.setup();
    renderApp({ path: '/referrals/new-call' });
    await fillNewPerson(user);
    await user.type(screen.getByLabelText(/^Phone number to reach/), '613 555 0100');
    await user.type(screen.getByLabelText(/^E-mail/, { selector: 'input[type=email]' }), 'not an address');
    await user.type(screen.getByLabelText(/^Mailing address/), '12 Maple Street, Kingston ON K7L 1A1');
    await user.click(within(screen.getByTestId('field-newParticipant-contact-preferredMethod')).getByLabelText('E-mail'));
    await user.type(screen.getByLabelText(/^When it is safe/), 'Weekday mornings');
    await user.click(screen.getByLabelText(/^A message may be left/));
    // they do not know the offender's number: they name him
    await user.type(screen.getByLabelText(/^Offender's first name/), 'Marc');
    await user.type(screen.getByLabelText(/^Offender's last name/), 'Roy');
    await user.click(screen.getByRole('button', { name: 'Record the request' }));
    expect(await screen.findByTestId('field-newParticipant-contact-email-error')).toHaveTextContent('Enter a valid e-mail address.');
    expect(body).toBeUndefined();
    await user.clear(screen.getByLabelText(/^E-mail/, { selector: 'input[type=email]' }));
    await user.type(screen.getByLabelText(/^E-mail/, { selector: 'input[type=email]' }), 'helene@example.ca');
    await user.click(screen.getByRole('button', { name: 'Record the request' }));
    expect(await screen.findByTestId('success-notice')).toBeInTheDocument();
    expect(body?.newParticipant?.contact).toEqual({
      phone: '613 555 0100',
      email: 'helene@example.ca',
      postalAddress: '12 Maple Street, Kingston ON K7L 1A1',
      preferredMethod: 'EMAIL',
      safeTimes: 'Weekday mornings',
      mayLeaveMessage: true,
    });
    expect(body).toMatchObject({ offenderFirstName: 'Marc', offenderLastName: 'Roy' });
    expect(body?.offenderNumber).toBeUndefined();
  });


  it('starts on Phone; one click on "Collect call" sends COLLECT_CALL, then opens the referral', async () => {
    let body: unknown;
    server.use(
      http.post('/api/referrals/harmed-person-requests', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(aReferral({ source: 'HARMED_PERSON', state: 'DORMANT', channel: 'COLLECT_CALL' }));
      }),
      http.get('/api/referrals/{id}', ({ response }) => response(200).json(aReferral({ source: 'HARMED_PERSON', state: 'DORMANT', channel: 'COLLECT_CALL' }))),
      http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json([])),
    );
    const user = userEvent.setup();
    const { router } = renderApp({ path: '/referrals/new-call' });
    expect(within(await screen.findByTestId('field-channel')).getByLabelText('Phone')).toBeChecked();
    await user.click(screen.getByLabelText('Collect call'));
    expect(screen.getByLabelText('Collect call')).toBeChecked();
    await fillNewPerson(user);
    await user.type(screen.getByLabelText(/^Offender they are asking about/), 'fps123');
    await user.type(screen.getByLabelText('Notes'), 'Would like a letter.');
    // eligibility starts as not yet known; the coordinator confirms the federal sentence
    expect(screen.getByLabelText('Not yet known')).toBeChecked();
    await user.click(screen.getByLabelText('Yes', { selector: 'input[name=federalSentence]' }));
    await user.click(screen.getByRole('button', { name: 'Record the request' }));

    expect(await screen.findByTestId('success-notice')).toBeInTheDocument();
    expect(await screen.findByText('No suitability assessment yet.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/referrals/${referralId}`);
    expect(body).toEqual({
      channel: 'COLLECT_CALL',
      victimRegistration: 'REGISTERED_VICTIM',
      federalSentence: 'YES',
      newParticipant: { kind: 'VICTIM', firstName: 'Hélène', lastName: 'Tremblay', preferredLanguage: 'FR' },
      offenderNumber: 'FPS123',
      notes: 'Would like a letter.',
    });
  });

  it('shows zod errors at their fields and sends nothing', async () => {
    let posted = false;
    server.use(
      http.post('/api/referrals/harmed-person-requests', ({ response }) => {
        posted = true;
        return response(201).json(aReferral());
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/referrals/new-call' });
    await user.type(await screen.findByLabelText(/^Offender they are asking about/), 'a-1');
    await user.click(screen.getByRole('button', { name: 'Record the request' }));
    expect(await screen.findByTestId('field-newParticipant-firstName-error')).toHaveTextContent('This field is required.');
    expect(screen.getByTestId('field-newParticipant-preferredLanguage-error')).toHaveTextContent('Choose an option.');
    expect(screen.getByTestId('field-victimRegistration-error')).toHaveTextContent('Choose an option.');
    expect(screen.getByTestId('field-offenderNumber-error')).toHaveTextContent('Enter 3 to 12 capital letters or digits.');
    expect(screen.getByTestId('error-summary')).toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it('shows the detail of the 422 offender self-referral problem', async () => {
    server.use(
      http.get('/api/participants', ({ response }) =>
        response(200).json({ items: [aParticipant({ kind: 'VICTIM' }), aParticipant({ id: '7d8e9f00-1111-4222-8333-444455556666', kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy' })], total: 2, totalIsExact: true, page: 0, size: 10 }),
      ),
      http.post('/api/referrals/harmed-person-requests', ({ response }) =>
        response(422).json({
          type: '/problems/offender-self-referral',
          title: 'An offender cannot refer themselves',
          status: 422,
          detail: 'A request made directly by an offender is not accepted: a correctional staff member who supports the offender\'s participation must refer them.',
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/referrals/new-call' });
    await user.click(await screen.findByLabelText('Someone already recorded'));
    await user.type(screen.getByLabelText('Find them by name'), 'tremblay');
    await user.click(screen.getByTestId('participant-lookup-submit'));
    // Only victims and family members are offered.
    expect(await screen.findByRole('button', { name: /Tremblay, Hélène/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Roy, Marc/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Tremblay, Hélène/ }));
    expect(screen.getByTestId('picked-participant')).toHaveTextContent('Hélène Tremblay');
    await user.click(screen.getByLabelText('Not registered'));
    await user.click(screen.getByRole('button', { name: 'Record the request' }));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('a correctional staff member who supports the offender\'s participation must refer them');
  });

  it('shows the API field errors at their fields', async () => {
    server.use(
      http.post('/api/referrals/harmed-person-requests', ({ response }) =>
        response(400).json({
          type: '/problems/validation',
          title: 'Invalid request',
          status: 400,
          errors: [
            { field: 'newParticipant.lastName', rule: 'Size', message: 'Nom trop long' },
            { field: 'notes', rule: 'Size', message: 'Notes trop longues' },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/referrals/new-call' });
    await fillNewPerson(user);
    await user.click(screen.getByRole('button', { name: 'Record the request' }));
    expect(await screen.findByTestId('field-newParticipant-lastName-error')).toHaveTextContent('Nom trop long');
    expect(screen.getByTestId('field-notes-error')).toHaveTextContent('Notes trop longues');
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
  });
});
