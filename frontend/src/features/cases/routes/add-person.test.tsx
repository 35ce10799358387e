import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { aCase, aCaseParticipant, aParticipant, caseId, harmedId, http, offenderId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import type { CaseView } from '../api/types';

const sisterId = '9a9b9c9d-0000-4000-8000-00000000000a';
const friendId = '9a9b9c9d-0000-4000-8000-00000000000b';

function serve(view: CaseView, onPost?: (body: unknown) => CaseView | 'refuse') {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(view)),
    http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/meetings', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/notes', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/feedback', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/timeline', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20, next: null })),
    http.post('/api/cases/{id}/participants', async ({ request, response }) => {
      const answer = onPost?.(await request.json()) ?? view;
      if (answer === 'refuse') {
        return response(409).json({
          type: '/problems/case-join-supports-withdrawn',
          title: 'Refused',
          status: 409,
          detail: 'The person supported has withdrawn: a support person joins to support an active participant.',
        });
      }
      return response(201).json(answer);
    }),
  );
}

const withJoiners = aCase({
  participants: [
    aCaseParticipant(),
    aCaseParticipant({ participantId: offenderId, kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy', side: 'OFFENDER' }),
    aCaseParticipant({ participantId: sisterId, kind: 'FAMILY_MEMBER', firstName: 'Julie', lastName: 'Tremblay', joinedAt: '2026-04-02T10:00:00Z', joinedLater: true }),
    aCaseParticipant({ participantId: friendId, kind: 'SUPPORT_PERSON', firstName: 'Paul', lastName: 'Gagnon', joinedAt: '2026-04-03T10:00:00Z', joinedLater: true, supports: harmedId }),
  ],
});

describe('people who join a case later', () => {
  it('lists each participant with their kind, side, whom a support person supports and when they joined', async () => {
    serve(withJoiners);
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    const section = await screen.findByTestId('participants-section');
    const rows = within(section).getAllByTestId('case-participant');
    const friend = rows.find((r) => r.dataset.participantId === friendId)!;
    expect(friend).toHaveTextContent('Paul Gagnon (Support person)');
    expect(within(friend).getByTestId('participant-supports')).toHaveTextContent('Supports Hélène Tremblay');
    expect(within(friend).getByTestId('participant-joined')).toHaveTextContent(/Joined later, on .*2026/);
    const helene = rows.find((r) => r.dataset.participantId === harmedId)!;
    expect(within(helene).queryByTestId('participant-supports')).not.toBeInTheDocument();
    expect(within(helene).getByTestId('participant-joined')).toHaveTextContent(/In the case since it opened/);
    // a mediator sees them but does not add anyone
    expect(within(section).queryByTestId('add-person')).not.toBeInTheDocument();
  });

  it('lets a coordinator add a new support person beside an active participant, on that participant’s side', async () => {
    let sent: unknown;
    serve(aCase({ stage: 'DIALOGUE' }), (body) => {
      sent = body;
      return withJoiners;
    });
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    const section = await screen.findByTestId('participants-section');
    await user.click(within(section).getByTestId('add-person'));
    const form = within(section).getByTestId('add-person-form');

    await user.click(within(form).getByTestId('save-person'));
    expect(within(form).getByTestId('field-newParticipant-firstName-error')).toHaveTextContent('This field is required.');
    expect(within(form).getByTestId('field-supports-error')).toHaveTextContent('Choose an option.');
    expect(sent).toBeUndefined();

    // an offender is never offered: they come only through a staff referral
    const kinds = within(within(form).getByLabelText(/Kind of participant/)).getAllByRole('option').map((o) => o.textContent);
    expect(kinds).toEqual(['Family member', 'Victim', 'Support person']);
    await user.type(within(form).getByLabelText(/First name/), 'Paul');
    await user.type(within(form).getByLabelText(/Last name/), 'Gagnon');
    await user.selectOptions(within(form).getByLabelText(/Preferred official language/), 'FR');
    await user.type(within(form).getByLabelText(/^Phone/), '+1 613 555 0199');
    await user.selectOptions(within(form).getByLabelText(/Whom they support/), offenderId);
    expect(within(form).getByTestId('join-side')).toHaveTextContent('Offender');
    await user.click(within(form).getByTestId('save-person'));

    await vi.waitFor(() =>
      expect(sent).toEqual({
        side: 'OFFENDER',
        supports: offenderId,
        newParticipant: { kind: 'SUPPORT_PERSON', firstName: 'Paul', lastName: 'Gagnon', preferredLanguage: 'FR', contact: { phone: '+1 613 555 0199', mayLeaveMessage: false } },
      }),
    );
    expect(await within(section).findByTestId('add-person')).toBeInTheDocument();
    expect(within(section).getAllByTestId('case-participant')).toHaveLength(4);
  });

  it('adds a family member already recorded to the harmed side, never offering someone already in the case', async () => {
    let sent: unknown;
    serve(aCase(), (body) => {
      sent = body;
      return withJoiners;
    });
    server.use(
      http.get('/api/participants', ({ response }) =>
        response(200).json({
          items: [aParticipant({ id: harmedId, kind: 'VICTIM' }), aParticipant({ id: sisterId, kind: 'FAMILY_MEMBER', firstName: 'Julie' }), aParticipant({ id: offenderId, kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy' })],
          total: 3,
          totalIsExact: true,
          page: 0,
          size: 10,
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    const section = await screen.findByTestId('participants-section');
    await user.click(within(section).getByTestId('add-person'));
    const form = within(section).getByTestId('add-person-form');
    await user.click(within(form).getByLabelText('Someone already recorded'));
    await user.type(within(form).getByLabelText('Find them by name'), 'tremblay');
    await user.click(within(form).getByTestId('join-person-lookup-submit'));
    const results = await within(form).findByTestId('join-person-lookup-results');
    expect(within(results).getAllByRole('button').map((b) => b.textContent)).toEqual(['Tremblay, Julie — Family member']);
    await user.click(within(results).getByRole('button'));
    expect(within(form).getByTestId('join-side')).toHaveTextContent("Harmed person's side");
    expect(within(form).queryByLabelText(/Whom they support/)).not.toBeInTheDocument();
    await user.click(within(form).getByTestId('save-person'));
    await vi.waitFor(() => expect(sent).toEqual({ side: 'HARMED', participantId: sisterId }));
  });

  it('shows the API refusal in the form', async () => {
    serve(aCase({ stage: 'DIALOGUE' }), () => 'refuse');
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    const section = await screen.findByTestId('participants-section');
    await user.click(within(section).getByTestId('add-person'));
    const form = within(section).getByTestId('add-person-form');
    await user.type(within(form).getByLabelText(/First name/), 'Paul');
    await user.type(within(form).getByLabelText(/Last name/), 'Gagnon');
    await user.selectOptions(within(form).getByLabelText(/Preferred official language/), 'EN');
    await user.selectOptions(within(form).getByLabelText(/Whom they support/), harmedId);
    await user.click(within(form).getByTestId('save-person'));
    expect(await within(form).findByText(/The person supported has withdrawn/)).toBeInTheDocument();
  });

  it('offers no adding on a closed case, and reads in French', async () => {
    serve(aCase({ stage: 'CLOSED', outcomeSummary: 'Done', participants: withJoiners.participants }));
    await changeLanguage('fr');
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    const section = await screen.findByTestId('participants-section');
    const friend = within(section).getAllByTestId('case-participant').find((r) => r.dataset.participantId === friendId)!;
    expect(within(friend).getByTestId('participant-supports')).toHaveTextContent('Soutient Hélène Tremblay');
    expect(within(friend).getByTestId('participant-joined')).toHaveTextContent(/S'est joint plus tard, le/);
    expect(within(section).queryByTestId('add-person')).not.toBeInTheDocument();
  });
});
