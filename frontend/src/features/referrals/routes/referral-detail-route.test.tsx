import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../lib/api/schema';
import { aReferral, anAssessment, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

type ReferralState = components['schemas']['ReferralState'];

function serve(referral = aReferral(), assessments = [anAssessment()]) {
  server.use(
    http.get('/api/referrals/{id}', ({ response }) => response(200).json(referral)),
    http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json(assessments)),
  );
}

describe('a referral page', () => {
  it.each<[ReferralState, string[]]>([
    ['DORMANT', ['withdraw-referral']],
    ['SUBMITTED', ['start-assessment', 'withdraw-referral']],
    ['UNDER_ASSESSMENT', ['accept-referral', 'decline-referral', 'withdraw-referral']],
    ['ACCEPTED', []],
    ['DECLINED', []],
    ['WITHDRAWN', []],
  ])('in state %s offers only %j', async (state, expected) => {
    serve(aReferral({ state }), []);
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('referral-state')).toHaveAttribute('data-state', state);
    for (const action of ['start-assessment', 'accept-referral', 'decline-referral', 'withdraw-referral']) {
      if (expected.includes(action)) expect(screen.getByTestId(action)).toBeInTheDocument();
      else expect(screen.queryByTestId(action)).not.toBeInTheDocument();
    }
    if (!expected.length) expect(screen.getByTestId('no-actions')).toBeInTheDocument();
  });

  it('offers to open a case from an ACCEPTED referral, by the cases page address', async () => {
    serve(aReferral({ state: 'ACCEPTED' }), []);
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('open-case-from-referral')).toHaveAttribute('href', `/cases/new?referral=${referralId}`);
  });

  it('links to its case instead of offering another once a case is opened from it', async () => {
    serve(aReferral({ state: 'ACCEPTED', caseId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' }), []);
    renderApp({ path: `/referrals/${referralId}` });
    await screen.findByTestId('referral-in-case');
    expect(screen.queryByTestId('open-case-from-referral')).not.toBeInTheDocument();
  });

  it('links a referral that repeats an open one to it, and the open one to its repeats, for the coordinator to act on', async () => {
    const open = 'bbbbbbbb-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
    serve(aReferral({ duplicateOf: open }), []);
    const { unmount } = renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('duplicate-of')).toHaveAttribute('href', `/referrals/${open}`);
    expect(screen.getByTestId('withdraw-referral')).toBeInTheDocument();
    unmount();

    const repeat = 'cccccccc-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
    serve(aReferral({ duplicateIds: [repeat] }), []);
    renderApp({ path: `/referrals/${referralId}` });
    const repeats = await screen.findByTestId('duplicate-referrals');
    expect(within(repeats).getByRole('link')).toHaveAttribute('href', `/referrals/${repeat}`);
    expect(screen.queryByTestId('duplicate-of')).not.toBeInTheDocument();
  });

  it('offers no case to open before the referral is accepted', async () => {
    serve(aReferral({ state: 'UNDER_ASSESSMENT' }), []);
    renderApp({ path: `/referrals/${referralId}` });
    await screen.findByTestId('referral-state');
    expect(screen.queryByTestId('open-case-from-referral')).not.toBeInTheDocument();
  });

  it('shows the fields in plain language and flags a pending no-contact condition, which can be marked reviewed', async () => {
    let reviewed = false;
    serve(aReferral({ noContactCondition: 'No contact with the Tremblay family.', noContactReviewPending: true, safetyConcerns: 'None known.' }), []);
    server.use(
      http.post('/api/referrals/{id}/no-contact-review', ({ response }) => {
        reviewed = true;
        return response(200).json(
          aReferral({ noContactCondition: 'No contact with the Tremblay family.', noContactReviewPending: false, noContactReviewedBy: 'coordinator1', noContactReviewedByName: { username: 'coordinator1', displayName: 'Claire Coordinator' }, noContactReviewedAt: '2026-03-12T10:00:00Z' }),
        );
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('page-heading')).toHaveTextContent('Referral of Marc Roy');
    expect(screen.getByTestId('referral-source')).toHaveTextContent('Correctional staff');
    expect(screen.getByTestId('referral-details')).toHaveTextContent('None known.');
    expect(screen.getByTestId('referral-details')).toHaveTextContent('Sam Staff');
    expect(screen.getByTestId('referral-details')).not.toHaveTextContent('staff1');
    const panel = screen.getByTestId('no-contact-panel');
    expect(panel).toHaveTextContent('No contact with the Tremblay family.');
    await user.click(within(panel).getByTestId('mark-no-contact-reviewed'));
    expect(await screen.findByTestId('no-contact-reviewed')).toHaveTextContent('Reviewed by Claire Coordinator');
    expect(reviewed).toBe(true);
  });

  it('shows the detail of a 409 when accepting without a finalised assessment', async () => {
    serve(aReferral({ state: 'UNDER_ASSESSMENT' }), []);
    server.use(
      http.post('/api/referrals/{id}/accept', ({ response }) =>
        response(409).json({
          type: '/problems/referral-accept-no-assessment',
          title: 'Conflict',
          status: 409,
          detail: 'A referral is accepted only after a finalised suitability assessment.',
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    await user.click(await screen.findByTestId('accept-referral'));
    await user.click(screen.getByTestId('accept-referral-yes'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('A referral is accepted only after a finalised suitability assessment.');
  });

  it('declining needs a reason (and details for another reason), then sends them', async () => {
    let body: unknown;
    serve(aReferral({ state: 'UNDER_ASSESSMENT' }), []);
    server.use(
      http.post('/api/referrals/{id}/decline', async ({ request, response }) => {
        body = await request.json();
        return response(200).json(aReferral({ state: 'DECLINED', declineReason: 'OTHER', declineDetails: 'Moved abroad.' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    await user.click(await screen.findByTestId('decline-referral'));
    await user.click(screen.getByTestId('confirm-decline'));
    expect(await screen.findByTestId('field-reason-error')).toHaveTextContent('Choose a reason.');
    expect(body).toBeUndefined();

    await user.selectOptions(screen.getByLabelText(/^Reason for not going ahead/), 'OTHER');
    await user.click(screen.getByTestId('confirm-decline'));
    expect(await screen.findByTestId('field-details-error')).toHaveTextContent('Give details');
    expect(body).toBeUndefined();

    await user.type(screen.getByLabelText(/^Details/), 'Moved abroad.');
    await user.click(screen.getByTestId('confirm-decline'));
    expect(await screen.findByTestId('no-actions')).toBeInTheDocument();
    expect(body).toEqual({ reason: 'OTHER', details: 'Moved abroad.' });
    expect(screen.getByTestId('referral-state')).toHaveAttribute('data-state', 'DECLINED');
    expect(screen.getByTestId('referral-decline-reason')).toHaveTextContent('Another reason');
  });

  it('withdraws only after confirming', async () => {
    let withdrawn = false;
    serve(aReferral({ state: 'SUBMITTED' }), []);
    server.use(
      http.post('/api/referrals/{id}/withdraw', ({ response }) => {
        withdrawn = true;
        return response(200).json(aReferral({ state: 'WITHDRAWN' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    await user.click(await screen.findByTestId('withdraw-referral'));
    await user.click(screen.getByTestId('withdraw-referral-cancel'));
    expect(withdrawn).toBe(false);
    await user.click(screen.getByTestId('withdraw-referral'));
    await user.click(screen.getByTestId('withdraw-referral-yes'));
    await waitFor(() => expect(screen.getByTestId('referral-state')).toHaveAttribute('data-state', 'WITHDRAWN'));
    expect(withdrawn).toBe(true);
  });

  it('offers only the decisions the server lists: no acceptance before a finalised suitable assessment', async () => {
    serve(aReferral({ state: 'UNDER_ASSESSMENT', allowedActions: ['DECLINE', 'WITHDRAW'] }));
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('decline-referral')).toBeInTheDocument();
    expect(screen.getByTestId('withdraw-referral')).toBeInTheDocument();
    expect(screen.queryByTestId('accept-referral')).not.toBeInTheDocument();
    expect(screen.queryByTestId('start-assessment')).not.toBeInTheDocument();
  });

  it('starts the assessment and refreshes the state', async () => {
    serve(aReferral({ state: 'SUBMITTED' }), []);
    server.use(http.post('/api/referrals/{id}/start-assessment', ({ response }) => response(200).json(aReferral({ state: 'UNDER_ASSESSMENT' }))));
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    await user.click(await screen.findByTestId('start-assessment'));
    await waitFor(() => expect(screen.getByTestId('referral-state')).toHaveAttribute('data-state', 'UNDER_ASSESSMENT'));
    expect(screen.getByTestId('accept-referral')).toBeInTheDocument();
  });
});

describe('suitability assessments on the referral page', () => {
  it('revises a draft with If-Match, and finalises it with If-Match after confirming', async () => {
    const seen: { method: string; ifMatch: string | null; body?: unknown }[] = [];
    let current = anAssessment();
    serve(aReferral({ state: 'UNDER_ASSESSMENT' }));
    server.use(
      http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json([current])),
      http.put('/api/referrals/{referralId}/suitability-assessments/{id}', async ({ request, response }) => {
        const body = await request.json();
        seen.push({ method: 'PUT', ifMatch: request.headers.get('If-Match'), body });
        current = { ...current, ...body, version: 5 };
        return response(200).json(current);
      }),
      http.post('/api/referrals/{referralId}/suitability-assessments/{id}/finalise', ({ request, response }) => {
        seen.push({ method: 'POST', ifMatch: request.headers.get('If-Match') });
        current = { ...current, finalised: true, allowedActions: ['AMEND'], finalisedBy: 'coordinator1', finalisedAt: '2026-03-12T10:00:00Z', version: 6 };
        return response(200).json(current);
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('assessment-status')).toHaveTextContent('Draft');

    await user.click(screen.getByTestId('revise-assessment'));
    const notes = screen.getByLabelText('Notes', { selector: '#field-notes' });
    await user.type(notes, 'Spoke with the parole officer.');
    await user.click(screen.getByTestId('save-assessment'));
    await waitFor(() => expect(screen.queryByTestId('suitability-form')).not.toBeInTheDocument());
    expect(seen[0]).toEqual({
      method: 'PUT',
      ifMatch: '"4"',
      body: { appropriateness: 'Appropriate.', motivation: 'Sincere.', acceptanceOfResponsibility: 'Full.', notes: 'Spoke with the parole officer.', outcome: 'SUITABLE' },
    });

    await user.click(await screen.findByTestId('finalise-assessment'));
    expect(screen.getByTestId('finalise-assessment-confirm')).toHaveTextContent('It can never be edited afterwards');
    await user.click(screen.getByTestId('finalise-assessment-yes'));
    await waitFor(() => expect(screen.getByTestId('assessment-status')).toHaveTextContent('Finalised'));
    expect(seen[1]).toEqual({ method: 'POST', ifMatch: '"5"' });
    // A finalised assessment is read-only: no revise, no finalise; a correction instead.
    expect(screen.queryByTestId('revise-assessment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('finalise-assessment')).not.toBeInTheDocument();
    expect(screen.getByTestId('correct-assessment')).toBeInTheDocument();
  });

  it('drafts a new assessment, and a correction that amends a finalised one', async () => {
    const posted: unknown[] = [];
    const finalised = anAssessment({ finalised: true, finalisedBy: 'coordinator1', finalisedAt: '2026-03-12T10:00:00Z', outcome: 'NOT_SUITABLE' });
    serve(aReferral({ state: 'UNDER_ASSESSMENT' }), [finalised]);
    server.use(
      http.post('/api/referrals/{referralId}/suitability-assessments', async ({ request, response }) => {
        posted.push(await request.json());
        return response(201).json(anAssessment({ id: 'dddddddd-5a4f-4e3d-8c2b-1a0f9e8d7c6b', amends: finalised.id }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('assessment-status')).toHaveTextContent('Finalised');
    expect(screen.queryByTestId('new-assessment')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('correct-assessment'));
    await user.click(screen.getByLabelText('Suitable'));
    await user.click(screen.getByTestId('save-assessment'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      appropriateness: 'Appropriate.',
      motivation: 'Sincere.',
      acceptanceOfResponsibility: 'Full.',
      outcome: 'SUITABLE',
      amends: finalised.id,
    });
  });

  it('offers a first draft when there is none', async () => {
    let posted: unknown;
    serve(aReferral({ state: 'UNDER_ASSESSMENT' }), []);
    server.use(
      http.post('/api/referrals/{referralId}/suitability-assessments', async ({ request, response }) => {
        posted = await request.json();
        return response(201).json(anAssessment());
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByText('No suitability assessment yet.')).toBeInTheDocument();
    await user.click(screen.getByTestId('new-assessment'));
    await user.type(screen.getByLabelText('Appropriateness of the request'), 'Fits the program.');
    await user.click(screen.getByLabelText('More information needed'));
    await user.click(screen.getByTestId('save-assessment'));
    await waitFor(() => expect(posted).toEqual({ appropriateness: 'Fits the program.', outcome: 'MORE_INFORMATION_NEEDED' }));
  });
});
