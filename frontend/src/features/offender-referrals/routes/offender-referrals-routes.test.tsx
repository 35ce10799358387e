import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSubmittedReferral, collinsBayId, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import { referOffenderSchema, emptyReferOffender } from '../components/refer-offender-schema';

const complete = {
  ...emptyReferOffender,
  offenderNumber: 'FPS123',
  offenderFirstName: 'Marc',
  offenderLastName: 'Roy',
  offenderPreferredLanguage: 'FR',
  institutionId: collinsBayId,
  federalSentence: 'YES',
};

describe('the refer-an-offender schema', () => {
  it('refuses the form unless both statements are checked', () => {
    const neither = referOffenderSchema.safeParse(complete);
    expect(neither.success).toBe(false);
    expect(neither.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['offenderTakesResponsibility', 'staffSupportsParticipation']);
    expect(referOffenderSchema.safeParse({ ...complete, staffSupportsParticipation: true }).success).toBe(false);
    expect(referOffenderSchema.safeParse({ ...complete, offenderTakesResponsibility: true }).success).toBe(false);
    expect(referOffenderSchema.safeParse({ ...complete, staffSupportsParticipation: true, offenderTakesResponsibility: true }).success).toBe(true);
  });

  it('asks whether the offence led to a federal sentence, "not yet known" being an answer', () => {
    const signed = { ...complete, staffSupportsParticipation: true, offenderTakesResponsibility: true };
    const unanswered = referOffenderSchema.safeParse({ ...signed, federalSentence: '' });
    expect(unanswered.error?.issues.map((i) => i.path.join('.'))).toEqual(['federalSentence']);
    expect(referOffenderSchema.safeParse({ ...signed, federalSentence: 'UNKNOWN' }).success).toBe(true);
  });
});

describe('referring an offender', () => {
  async function fill(user: ReturnType<typeof userEvent.setup>) {
    await user.type(await screen.findByLabelText(/^Offender number/), 'fps123');
    await user.type(screen.getByLabelText(/^First name/), 'Marc');
    await user.type(screen.getByLabelText(/^Last name/), 'Roy');
    await user.click(screen.getByLabelText('French'));
    // a select of the active institutions, by name in the reader's language; a closed one is not offered
    await screen.findByRole('option', { name: 'Collins Bay Institution' });
    expect(screen.queryByRole('option', { name: 'Closed Institution' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Institution/), 'Collins Bay Institution');
    await user.click(screen.getByLabelText('Yes'));
  }

  it('shows both statements in the program\'s words, and sends nothing until both are checked', async () => {
    let posted: unknown;
    server.use(
      http.post('/api/offender-referrals', async ({ request, response }) => {
        posted = await request.json();
        return response(201).json(aSubmittedReferral());
      }),
      http.get('/api/offender-referrals/{id}', ({ response }) => response(200).json(aSubmittedReferral())),
    );
    const user = userEvent.setup();
    const { router, queryClient } = renderApp({ path: '/offender-referrals/new', roles: ['staff'] });
    await fill(user);
    const supports = screen.getByLabelText("I support this offender's participation in Restorative Opportunities.");
    const responsibility = screen.getByLabelText('The offender has taken responsibility for their actions.');

    await user.click(screen.getByTestId('submit-referral'));
    expect(await screen.findByTestId('field-staffSupportsParticipation-error')).toHaveTextContent("if you support the offender's participation");
    expect(screen.getByTestId('field-offenderTakesResponsibility-error')).toHaveTextContent('if the offender has taken responsibility');

    await user.click(supports);
    await user.click(screen.getByTestId('submit-referral'));
    expect(await screen.findByTestId('field-offenderTakesResponsibility-error')).toBeInTheDocument();
    expect(screen.queryByTestId('field-staffSupportsParticipation-error')).not.toBeInTheDocument();
    expect(posted).toBeUndefined();

    await user.click(responsibility);
    await user.type(screen.getByLabelText('Why you are referring them'), 'Wants to write to the family.');
    await user.click(screen.getByLabelText(/under a no-contact condition/));
    await user.type(screen.getByLabelText(/^Terms of the no-contact condition/), 'No contact with the Tremblay family.');
    await user.click(screen.getByTestId('submit-referral'));
    expect(await screen.findByTestId('success-notice')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/offender-referrals/${referralId}`);
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(posted).toEqual({
      offenderNumber: 'FPS123',
      offenderFirstName: 'Marc',
      offenderLastName: 'Roy',
      offenderPreferredLanguage: 'FR',
      institutionId: collinsBayId,
      federalSentence: 'YES',
      staffSupportsParticipation: true,
      offenderTakesResponsibility: true,
      reasons: 'Wants to write to the family.',
      noContactCondition: 'No contact with the Tremblay family.',
    });
  });

  it('shows the statements in French as the program words them', async () => {
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    renderApp({ path: '/offender-referrals/new', roles: ['staff'] });
    expect(await screen.findByLabelText("J'appuie la participation de ce délinquant à Possibilités de justice réparatrice.")).toBeInTheDocument();
    expect(screen.getByLabelText('Le délinquant a assumé la responsabilité de ses actes.')).toBeInTheDocument();
  });

  it('shows the API problem when the referral is refused', async () => {
    server.use(
      http.post('/api/offender-referrals', ({ response }) =>
        response(422).json({ type: '/problems/reference-inactive', title: 'Unprocessable', status: 422, errors: [{ field: 'institutionId', rule: 'ActiveInstitution', message: 'Établissement inconnu' }] }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/offender-referrals/new', roles: ['staff'] });
    await fill(user);
    await user.click(screen.getByLabelText("I support this offender's participation in Restorative Opportunities."));
    await user.click(screen.getByLabelText('The offender has taken responsibility for their actions.'));
    await user.click(screen.getByTestId('submit-referral'));
    expect(await screen.findByTestId('field-institutionId-error')).toHaveTextContent('Établissement inconnu');
  });

  it('is refused to coordinators', async () => {
    renderApp({ path: '/offender-referrals/new', roles: ['coordinator'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});

describe('my referrals', () => {
  it('lists the offender, number, state and dates, and the detail shows states and dates only', async () => {
    server.use(
      http.get('/api/offender-referrals', ({ response }) =>
        response(200).json({
          items: [aSubmittedReferral({ state: 'ACCEPTED', decidedAt: '2026-03-20T12:00:00Z' }), aSubmittedReferral({ id: 'eeeeeeee-1e2f-4a3b-9c4d-5e6f7a8b9c0d', offenderNumber: 'FPS999', offenderLastName: 'Gagnon' })],
          total: 2,
          totalIsExact: true,
          page: 0,
          size: 20,
        }),
      ),
      http.get('/api/offender-referrals/{id}', ({ response }) => response(200).json(aSubmittedReferral({ state: 'ACCEPTED', decidedAt: '2026-03-20T12:00:00Z' }))),
    );
    const user = userEvent.setup();
    renderApp({ path: '/offender-referrals', roles: ['staff'] });
    const rows = await screen.findAllByTestId('my-referral-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('my-referral-state')).toHaveTextContent('Accepted');
    expect(within(rows[0]!).getByText('FPS123')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('March 20, 2026')).toBeInTheDocument();
    expect(within(rows[1]!).getByTestId('my-referral-state')).toHaveTextContent('Submitted');
    await user.click(within(rows[0]!).getByRole('link', { name: 'Roy, Marc' }));
    await waitFor(() => expect(screen.getByTestId('my-referral-detail-state')).toHaveTextContent('Accepted'));
    expect(screen.getByTestId('page-heading')).toHaveTextContent('Referral of Marc Roy');
  });
});
