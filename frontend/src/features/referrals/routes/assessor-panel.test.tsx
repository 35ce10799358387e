import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../lib/api/schema';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { aReferral, anAssessment, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

type MediatorView = components['schemas']['MediatorView'];

const roster: MediatorView[] = [
  { username: 'mediator1', displayName: 'Mediator One', languages: ['EN', 'FR'], region: 'Ontario', active: true, regionId: null, version: 0 },
  { username: 'mediator2', displayName: 'Mediator Two', languages: ['EN'], region: 'Quebec', active: true, regionId: null, version: 0 },
  { username: 'mediator3', displayName: 'Mediator Three', languages: ['FR'], region: 'Quebec', active: false, regionId: null, version: 0 },
];

function serve(referral = aReferral({ mayAssignAssessor: true }), assessments = [anAssessment()]) {
  server.use(
    http.get('/api/referrals/{id}', ({ response }) => response(200).json(referral)),
    http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json(assessments)),
    http.get('/api/mediators', ({ response }) => response(200).json(roster)),
  );
}

const mediatorSession = (username: string) => ({
  status: 'authenticated' as const,
  user: { username, name: 'Mediator One', roles: ['mediator' as const] },
  signOut: async () => {},
});

describe('the assessor of a referral', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('is assigned by a coordinator from the active roster, with the referral’s version', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    serve();
    server.use(
      http.put('/api/referrals/{id}/assessor', async ({ request, response }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return response(200).json(
          aReferral({ mayAssignAssessor: true, assessor: 'mediator1', assessorAssignedAt: '2026-11-30T10:00:00Z', version: 2 }),
        );
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    const panel = await screen.findByTestId('assessor-panel');
    expect(within(panel).getByTestId('referral-assessor')).toHaveTextContent('No mediator is assigned');
    const select = await within(panel).findByLabelText(/^Assign a mediator to assess it/);
    // an inactive mediator is not offered
    expect(within(select).queryByRole('option', { name: /mediator3/ })).not.toBeInTheDocument();

    await user.click(within(panel).getByTestId('assign-assessor'));
    expect(await within(panel).findByTestId('field-assessor-error')).toHaveTextContent('Choose a mediator.');
    expect(sent).toBeUndefined();

    await user.selectOptions(select, 'mediator1');
    await user.click(within(panel).getByTestId('assign-assessor'));
    await waitFor(() => expect(within(panel).getByTestId('referral-assessor')).toHaveTextContent('Assessed by mediator1'));
    expect(sent).toEqual({ body: { mediator: 'mediator1' }, ifMatch: '"1"' });
    // now it can be changed (to anyone but the assessor) or removed
    expect(within(panel).getByLabelText(/^Assign another mediator instead/)).not.toHaveTextContent('Mediator One');
    expect(within(panel).getByTestId('remove-assessor')).toBeInTheDocument();
  });

  it('is removed by a coordinator after asking, and a refusal is shown', async () => {
    let removed = 0;
    serve(aReferral({ mayAssignAssessor: true, assessor: 'mediator2', assessorAssignedAt: '2026-11-30T10:00:00Z', version: 4 }));
    server.use(
      http.delete('/api/referrals/{id}/assessor', ({ request, response }) => {
        removed += 1;
        expect(request.headers.get('If-Match')).toBe('"4"');
        return response(409).json({
          type: '/problems/referral-assessor-closed',
          title: 'Conflict',
          status: 409,
          detail: 'A mediator is assigned to a referral’s assessment only while it is submitted or under assessment; this one is ACCEPTED.',
        });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}` });
    await user.click(await screen.findByTestId('remove-assessor'));
    expect(removed).toBe(0);
    await user.click(screen.getByTestId('remove-assessor-yes'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('this one is ACCEPTED');
    expect(removed).toBe(1);
  });

  it('is only shown, never offered, once the referral is decided', async () => {
    serve(aReferral({ state: 'ACCEPTED', mayAssignAssessor: false, assessor: 'mediator1', assessorAssignedAt: '2026-11-30T10:00:00Z' }), []);
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('referral-assessor')).toHaveTextContent('Assessed by mediator1');
    expect(screen.queryByTestId('assessor-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('remove-assessor')).not.toBeInTheDocument();
  });

  it('reads the referral as its assessor: no decision, no eligibility to record, the suitability assessments to write, in French too', async () => {
    serve(
      aReferral({ state: 'UNDER_ASSESSMENT', allowedActions: [], mayAssignAssessor: false, assessor: 'mediator1', assessorAssignedAt: '2026-11-30T10:00:00Z' }),
      [],
    );
    renderApp({ path: `/referrals/${referralId}`, session: mediatorSession('mediator1') });
    expect(await screen.findByTestId('assessor-is-me')).toHaveTextContent('You are assessing this referral');
    expect(screen.queryByTestId('no-actions')).not.toBeInTheDocument();
    expect(screen.queryByTestId('accept-referral')).not.toBeInTheDocument();
    expect(screen.queryByTestId('eligibility-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('referral-federal-sentence')).toBeInTheDocument();
    expect(screen.queryByTestId('assessor-form')).not.toBeInTheDocument();
    expect(await screen.findByTestId('new-assessment')).toBeInTheDocument();
    expect(screen.getByTestId('back-to-my-work')).toHaveAttribute('href', '/work');
    expect(screen.queryByRole('link', { name: 'Back to the referral queue' })).not.toBeInTheDocument();
    // the navigation offers a mediator My work, never the referral queue
    expect(screen.getByTestId('nav-my-work')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-referral-queue')).not.toBeInTheDocument();

    await changeLanguage('fr');
    expect(await screen.findByTestId('assessor-is-me')).toHaveTextContent('Vous évaluez ce renvoi');
    expect(screen.getByTestId('back-to-my-work')).toHaveTextContent('Retour à mon travail');
  });
});
