import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../lib/api/schema';
import { aCase, aMeeting, aSafetyAssessment, caseId, harmedId, http, offenderId, server, warkworthId } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

type CaseView = components['schemas']['CaseView'];
type CaseStage = components['schemas']['CaseStage'];
type NoteView = components['schemas']['NoteView'];

function serve(view: CaseView = aCase(), { meetings = [aMeeting()], notes = [] as NoteView[] } = {}) {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(view)),
    http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/meetings', ({ response }) => response(200).json(meetings)),
    http.get('/api/cases/{id}/notes', ({ response }) => response(200).json(notes)),
    http.get('/api/cases/{id}/feedback', ({ response }) => response(200).json([])),
    http.get('/api/cases/{id}/timeline', ({ response }) =>
      response(200).json({ items: [{ seq: 1, at: '2026-03-12T10:00:00Z', actor: 'coordinator1', actorName: { username: 'coordinator1', displayName: 'Claire Coordinator' }, kind: 'OPENED', summary: 'Opened from 2 referral(s)', details: { wording: 'OPENED', referrals: 2, mediators: [{ username: 'mediator1', displayName: 'Martin Mediator' }] } }], total: 1, totalIsExact: true, page: 0, size: 20 }),
    ),
  );
}

/** mediator1 speaks both official languages, mediator2 English only. */
const twoMediators: components['schemas']['MediatorView'][] = [
  { username: 'mediator1', displayName: 'Mediator One', languages: ['EN', 'FR'], region: 'Ontario', active: true, version: 0 },
  { username: 'mediator2', displayName: 'Mediator Two', languages: ['EN'], region: 'Quebec', active: true, version: 0 },
];

async function loaded() {
  await screen.findByTestId('participants-section');
  await screen.findByTestId('timeline');
  await screen.findByTestId('meetings-section');
}

describe('a case workspace', () => {
  it('shows a prominent hold banner with each reason in plain language', async () => {
    serve(
      aCase({
        onSafetyHold: true,
        holdReasons: [
          { participantId: harmedId, reason: 'HIGH_RISK', due: null },
          { participantId: offenderId, reason: 'REASSESSMENT_OVERDUE', due: '2026-02-01' },
        ],
      }),
    );
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    const banner = await screen.findByTestId('hold-banner');
    const reasons = within(banner).getAllByTestId('hold-reason');
    expect(reasons[0]).toHaveTextContent('Hélène Tremblay: the latest safety assessment found a high risk.');
    expect(reasons[1]).toHaveTextContent('Marc Roy: the safety reassessment was due on February 1, 2026 and is overdue.');
    expect(screen.getAllByTestId('hold-badge')[0]).toHaveTextContent('Safety hold');
    await loaded();
  });

  it('shows no banner when the case is not on hold', async () => {
    serve();
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    expect(screen.queryByTestId('hold-banner')).not.toBeInTheDocument();
  });

  it('shows the 409 detail when scheduling a meeting is refused', async () => {
    let body: unknown;
    serve(aCase({ ways: ['FACE_TO_FACE'] }), { meetings: [] });
    server.use(
      http.post('/api/cases/{id}/meetings', async ({ request, response }) => {
        body = await request.json();
        return response(409).json({
          type: '/problems/meeting-safety-hold',
          title: 'Conflict',
          status: 409,
          detail: 'The case is on safety hold: no meeting can be scheduled or held until a new safety assessment clears it.',
        });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    await user.click(screen.getByTestId('schedule-meeting'));
    const form = screen.getByTestId('meeting-form');
    // Nothing is sent while required fields are missing.
    await user.click(within(form).getByTestId('save-meeting'));
    expect(await within(form).findByTestId('field-institutionId-error')).toBeInTheDocument();
    expect(within(form).getByTestId('field-participantIds-error')).toHaveTextContent('Choose at least one participant.');
    expect(body).toBeUndefined();

    await within(form).findByRole('option', { name: 'Warkworth Institution' });
    await user.selectOptions(within(form).getByLabelText(/^Institution/), 'Warkworth Institution');
    await user.type(within(form).getByLabelText(/^Date/), '2030-06-15');
    await user.type(within(form).getByLabelText(/^Time/), '14:30');
    await user.click(within(form).getByTestId(`attendee-${harmedId}`));
    await user.click(within(form).getByTestId('add-other-attendee'));
    await user.type(within(form).getByLabelText('Name'), 'Anne Support');
    await user.type(within(form).getByLabelText(/^Safety plan/), 'Separate waiting rooms.');
    await user.click(within(form).getByTestId('save-meeting'));
    expect(await within(form).findByTestId('error-alert')).toHaveTextContent('The case is on safety hold: no meeting can be scheduled');
    expect(body).toEqual({
      institutionId: warkworthId,
      scheduledFor: new Date('2030-06-15T14:30').toISOString(),
      safetyPlan: 'Separate waiting rooms.',
      participantIds: [harmedId],
      others: [{ role: 'SUPPORT_PERSON', name: 'Anne Support' }],
    });
  });

  it('withdraws a participant only after confirming, and shows the new status', async () => {
    let calls = 0;
    serve();
    server.use(
      http.post('/api/cases/{id}/participants/{participantId}/withdrawal', ({ params, response }) => {
        calls += 1;
        expect(params.participantId).toBe(harmedId);
        return response(200).json(aCase({ participants: [aCase().participants[0]!, aCase().participants[1]!].map((p) => (p.participantId === harmedId ? { ...p, status: 'WITHDRAWN' as const } : p)) }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    await user.click(screen.getByTestId(`withdraw-${harmedId}`));
    expect(screen.getByTestId(`withdraw-${harmedId}-confirm`)).toHaveTextContent('Record that Hélène Tremblay withdraws?');
    await user.click(screen.getByTestId(`withdraw-${harmedId}-cancel`));
    expect(calls).toBe(0);
    await user.click(screen.getByTestId(`withdraw-${harmedId}`));
    await user.click(screen.getByTestId(`withdraw-${harmedId}-yes`));
    await waitFor(() => expect(calls).toBe(1));
    const row = screen.getAllByTestId('case-participant').find((r) => r.dataset.participantId === harmedId)!;
    await waitFor(() => expect(within(row).getByTestId('participant-status')).toHaveAttribute('data-state', 'WITHDRAWN'));
    expect(within(row).getByTestId(`rejoin-${harmedId}`)).toBeInTheDocument();
  });

  it.each<[CaseStage, string[]]>([
    ['PREPARATION', ['DIALOGUE', 'CLOSED']],
    ['DIALOGUE', ['FOLLOW_UP', 'CLOSED']],
    ['FOLLOW_UP', ['CLOSED']],
    ['CLOSED', ['PREPARATION']],
  ])('in stage %s offers only the moves %j', async (stage, expected) => {
    serve(aCase({ stage, outcomeSummary: stage === 'CLOSED' ? 'Letters exchanged.' : null }));
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    const moves = within(screen.getByTestId('stage-moves'))
      .getAllByRole('button')
      .map((b) => b.dataset.testid?.replace('stage-move-', ''));
    expect(moves).toEqual(expected);
    expect(screen.getByTestId(`stage-step-${stage}`)).toHaveAttribute('aria-current', 'step');
  });

  it('renders the stage moves the server lists, and none it does not list', async () => {
    serve(aCase({ stage: 'DIALOGUE', allowedActions: ['CLOSE'] }));
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    const moves = await screen.findByTestId('stage-moves');
    expect(within(moves).getByTestId('stage-move-CLOSED')).toBeInTheDocument();
    expect(within(moves).queryByTestId('stage-move-FOLLOW_UP')).not.toBeInTheDocument();
  });

  it('closing the case requires an outcome summary', async () => {
    let body: unknown;
    serve(aCase({ stage: 'DIALOGUE' }));
    server.use(
      http.post('/api/cases/{id}/stage', async ({ request, response }) => {
        body = await request.json();
        return response(200).json(aCase({ stage: 'CLOSED', outcomeSummary: 'Letters exchanged; no meeting wanted.', closureOutcome: 'ENDED_BY_PARTICIPANT' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    await loaded();
    await user.click(screen.getByTestId('stage-move-CLOSED'));
    await user.click(screen.getByTestId('confirm-close-case'));
    expect(await screen.findByTestId('field-outcomeSummary-error')).toHaveTextContent('Give an outcome summary to close the case.');
    expect(screen.getByTestId('field-closureOutcome-error')).toHaveTextContent('Choose how the case ended to close it.');
    expect(body).toBeUndefined();
    await user.type(screen.getByLabelText(/^Outcome summary/), 'Letters exchanged; no meeting wanted.');
    await user.click(screen.getByTestId('confirm-close-case'));
    expect(body).toBeUndefined();
    await user.selectOptions(screen.getByLabelText(/^How the case ended/), 'ENDED_BY_PARTICIPANT');
    await user.click(screen.getByTestId('confirm-close-case'));
    await waitFor(() => expect(screen.getByTestId('case-stage')).toHaveAttribute('data-state', 'stage-CLOSED'));
    expect(body).toEqual({ stage: 'CLOSED', outcomeSummary: 'Letters exchanged; no meeting wanted.', closureOutcome: 'ENDED_BY_PARTICIPANT' });
    expect(screen.getByTestId('outcome-summary')).toHaveTextContent('Letters exchanged; no meeting wanted.');
    expect(screen.getByTestId('closure-outcome')).toHaveTextContent('A participant withdrew or chose to stop');
    expect(screen.getByTestId('stage-move-PREPARATION')).toBeInTheDocument();
  });

  it('saves the chosen ways and toggles a consent per chosen way', async () => {
    const sent: unknown[] = [];
    serve(aCase({ ways: ['LETTERS'] }));
    server.use(
      http.put('/api/cases/{id}/ways', async ({ request, response }) => {
        const body = await request.json();
        sent.push(body);
        return response(200).json(aCase({ ways: body.ways }));
      }),
      http.post('/api/cases/{id}/participants/{participantId}/consents', async ({ request, response }) => {
        sent.push(await request.json());
        return response(200).json(aCase({ ways: ['FACE_TO_FACE', 'LETTERS'], participants: [{ ...aCase().participants[0]!, consents: { FACE_TO_FACE: true } }, aCase().participants[1]!] }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    await user.click(screen.getByTestId('way-FACE_TO_FACE'));
    await user.click(screen.getByTestId('save-ways'));
    const toggle = await screen.findByTestId(`consent-${harmedId}-FACE_TO_FACE`);
    expect(toggle).not.toBeChecked();
    // how the consent was given comes first: until then nothing can be recorded
    expect(toggle).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Signed form' }));
    await user.click(toggle);
    await waitFor(() => expect(screen.getByTestId(`consent-${harmedId}-FACE_TO_FACE`)).toBeChecked());
    expect(sent).toEqual([{ ways: ['FACE_TO_FACE', 'LETTERS'] }, { way: 'FACE_TO_FACE', given: true, how: 'SIGNED_FORM' }]);
  });

  it('drafts a safety assessment and finalises it with If-Match', async () => {
    const seen: unknown[] = [];
    let assessments = [] as ReturnType<typeof aSafetyAssessment>[];
    serve();
    server.use(
      http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json(assessments)),
      http.post('/api/cases/{id}/safety-assessments', async ({ request, response }) => {
        const body = await request.json();
        seen.push(body);
        assessments = [aSafetyAssessment({ riskLevel: 'HIGH', finalised: false })];
        return response(201).json(assessments[0]!);
      }),
      http.post('/api/cases/{id}/safety-assessments/{assessmentId}/finalise', ({ request, response }) => {
        seen.push(request.headers.get('If-Match'));
        assessments = [aSafetyAssessment({ riskLevel: 'HIGH', finalised: true, finalisedBy: 'mediator1', finalisedAt: '2026-03-13T11:00:00Z', version: 4 })];
        return response(200).json(assessments[0]!);
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    await user.click(await screen.findByTestId('new-safety-assessment'));
    await user.selectOptions(screen.getByLabelText(/^Person assessed/), harmedId);
    await user.click(screen.getByLabelText('High risk'));
    await user.type(screen.getByLabelText('Safety measures'), 'Escort at all times.');
    await user.click(screen.getByTestId('save-safety-assessment'));
    await user.click(await screen.findByTestId('finalise-safety-assessment'));
    await user.click(screen.getByTestId('finalise-safety-assessment-yes'));
    await waitFor(() => expect(screen.getByTestId('safety-status')).toHaveTextContent('Finalised'));
    expect(seen).toEqual([{ participantId: harmedId, riskLevel: 'HIGH', safetyMeasures: 'Escort at all times.', notSafeToProceed: false }, '"3"']);
    expect(screen.getByTestId('correct-safety-assessment')).toBeInTheDocument();
  });

  it('says "not found" when the API answers 404 (a mediator not on the case)', async () => {
    server.use(http.get('/api/cases/{id}', ({ response }) => response(404).json({ title: 'Not Found', status: 404 })));
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    expect(await screen.findByTestId('case-not-found')).toBeInTheDocument();
    expect(screen.getByTestId('page-heading')).toHaveTextContent('Case not found');
  });

  it('lets a coordinator reassign mediators, and not a mediator', async () => {
    let body: unknown;
    serve();
    server.use(
      http.get('/api/mediators', ({ response }) =>
        response(200).json(twoMediators),
      ),
      http.put('/api/cases/{id}/mediators', async ({ request, response }) => {
        body = await request.json();
        return response(200).json(aCase({ mediators: ['mediator1', 'mediator2'], mediatorNames: [{ username: 'mediator1', displayName: 'Mediator One' }, { username: 'mediator2', displayName: 'Mediator Two' }] }));
      }),
    );
    const user = userEvent.setup();
    const { unmount } = renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    expect(screen.queryByTestId('reassign-mediators')).not.toBeInTheDocument();
    unmount();

    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    await loaded();
    await user.click(screen.getByTestId('reassign-mediators'));
    await user.click(await screen.findByTestId('mediator-mediator2'));
    await user.click(screen.getByTestId('save-mediators'));
    await waitFor(() => expect(screen.getByTestId('case-mediators')).toHaveTextContent('Mediator One, Mediator Two'));
    expect(body).toEqual({ mediators: ['mediator1', 'mediator2'] });
  });

  it("warns after an assignment that leaves a participant's language without a mediator, and not before", async () => {
    serve();
    server.use(
      http.get('/api/mediators', ({ response }) =>
        response(200).json(twoMediators),
      ),
      http.put('/api/cases/{id}/mediators', ({ response }) =>
        response(200).json(aCase({ mediators: ['mediator2'], mediatorNames: [{ username: 'mediator2', displayName: 'Mediator Two' }], warnings: [{ code: 'NO_MEDIATOR_SPEAKS_LANGUAGE', language: 'FR', participantIds: [harmedId] }] })),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    await loaded();
    expect(screen.queryByTestId('language-warnings')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('reassign-mediators'));
    expect(await screen.findByTestId('mediator-mediator2')).toBeInTheDocument();
    expect(screen.getByText(/Mediator Two \(mediator2\) — Quebec, English$/)).toBeInTheDocument();
    await user.click(screen.getByTestId('mediator-mediator1'));
    await user.click(screen.getByTestId('mediator-mediator2'));
    await user.click(screen.getByTestId('save-mediators'));
    expect(await screen.findByTestId('language-warning-FR')).toHaveTextContent(
      'No assigned mediator speaks French, the preferred language of 1 participant.',
    );
    expect(screen.getByTestId('case-mediators')).toHaveTextContent('Mediator Two');
  });

  it('words the warning in French for a French reader', async () => {
    serve(aCase({ warnings: [{ code: 'NO_MEDIATOR_SPEAKS_LANGUAGE', language: 'EN', participantIds: [harmedId, offenderId] }] }));
    const { changeLanguage } = await import('../../../lib/i18n/i18n');
    await changeLanguage('fr');
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    expect(await screen.findByTestId('language-warning-EN')).toHaveTextContent(
      'Aucun médiateur assigné ne parle anglais, la langue préférée de 2 participants.',
    );
  });
});

describe('case notes', () => {
  it('a mediator adds a note, mediators-only when ticked', async () => {
    let body: unknown;
    serve(aCase(), { notes: [{ id: 'e1e2e3e4-0000-4000-8000-000000000001', author: 'mediator1', authorName: { username: 'mediator1', displayName: 'Martin Mediator' }, text: 'Spoke with Hélène.', mediatorsOnly: true, createdAt: '2026-03-13T10:00:00Z' }] });
    server.use(
      http.post('/api/cases/{id}/notes', async ({ request, response }) => {
        body = await request.json();
        return response(201).json({ id: 'e1e2e3e4-0000-4000-8000-000000000002', author: 'mediator1', authorName: { username: 'mediator1', displayName: 'Martin Mediator' }, text: 'Second call.', mediatorsOnly: true, createdAt: '2026-03-14T10:00:00Z' });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}`, roles: ['mediator'] });
    await loaded();
    expect(await screen.findByTestId('note-mediators-only')).toHaveTextContent('Mediators only');
    await user.type(screen.getByLabelText(/^Note/, { selector: '#field-noteText' }), 'Second call.');
    await user.click(screen.getByLabelText(/For the case's mediators only/));
    await user.click(screen.getByTestId('save-note'));
    await waitFor(() => expect(body).toEqual({ text: 'Second call.', mediatorsOnly: true }));
  });

  it('a coordinator reads notes but has no form to add one', async () => {
    serve(aCase(), { notes: [{ id: 'e1e2e3e4-0000-4000-8000-000000000001', author: 'mediator1', authorName: { username: 'mediator1', displayName: 'Martin Mediator' }, text: 'Shared note.', mediatorsOnly: false, createdAt: '2026-03-13T10:00:00Z' }] });
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    await loaded();
    expect(await screen.findByText('Shared note.')).toBeInTheDocument();
    expect(screen.queryByTestId('note-form')).not.toBeInTheDocument();
  });
});
