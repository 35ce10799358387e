import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aCase, aMediator, aReferralSummary, caseId, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const offenderReferralId = '6b7c8d9e-1e2f-4a3b-9c4d-5e6f7a8b9c0d';

function serve() {
  server.use(
    http.get('/api/referrals', ({ response }) =>
      response(200).json({
        items: [
          aReferralSummary({ state: 'ACCEPTED' }),
          aReferralSummary({ id: offenderReferralId, state: 'ACCEPTED', source: 'STAFF', harmedPersonName: null, channel: null }),
          aReferralSummary({ id: 'cccccccc-1e2f-4a3b-9c4d-5e6f7a8b9c0d', state: 'ACCEPTED', offenderNumber: 'FPS999', offenderName: 'Paul Côté', harmedPersonName: 'Lise Côté' }),
        ],
        total: 3,
        totalIsExact: true,
        page: 0,
        size: 100,
        countsByState: {},
      }),
    ),
    http.get('/api/mediators', ({ response }) =>
      response(200).json([aMediator(), aMediator({ username: 'mediator2', displayName: 'Max Médiateur' }), aMediator({ username: 'mediator3', displayName: 'Old Timer', active: false })]),
    ),
  );
}

describe('opening a case', () => {
  it('groups accepted referrals by offender, proposes the group of the referral it came from, and opens the case', async () => {
    let body: unknown;
    serve();
    server.use(
      http.post('/api/cases', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(aCase());
      }),
      http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase())),
      http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/meetings', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/notes', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/timeline', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20 })),
    );
    const user = userEvent.setup();
    const { router } = renderApp({ path: `/cases/new?referral=${referralId}` });
    expect(await screen.findAllByTestId('offender-group')).toHaveLength(2);
    expect(screen.getByTestId(`referral-${referralId}`)).toBeChecked();
    expect(screen.getByTestId(`referral-${offenderReferralId}`)).toBeChecked();
    expect(screen.getByTestId('referral-cccccccc-1e2f-4a3b-9c4d-5e6f7a8b9c0d')).not.toBeChecked();
    // Inactive mediators are not offered.
    expect(screen.queryByTestId('mediator-mediator3')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('confirm-open-case'));
    expect(await screen.findByTestId('field-mediators-error')).toHaveTextContent('Choose one or two mediators.');
    expect(body).toBeUndefined();

    await user.click(screen.getByTestId('mediator-mediator1'));
    await user.click(screen.getByTestId('confirm-open-case'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${caseId}`));
    expect(body).toEqual({ referralIds: [referralId, offenderReferralId], mediators: ['mediator1'] });
    expect(await screen.findByTestId('success-notice')).toBeInTheDocument();
    // Let the workspace finish loading before the handlers go.
    expect(await screen.findByTestId('timeline')).toBeInTheDocument();
    expect(await screen.findByText('No note yet.')).toBeInTheDocument();
    expect(await screen.findByText('No meeting yet.')).toBeInTheDocument();
    expect(await screen.findByText('No safety assessment yet.')).toBeInTheDocument();
  });

  it('lets no more than two mediators be ticked', async () => {
    serve();
    server.use(http.get('/api/mediators', ({ response }) => response(200).json([aMediator(), aMediator({ username: 'mediator2' }), aMediator({ username: 'mediator4' })])));
    const user = userEvent.setup();
    renderApp({ path: '/cases/new' });
    await user.click(await screen.findByTestId('mediator-mediator1'));
    await user.click(screen.getByTestId('mediator-mediator2'));
    expect(screen.getByTestId('mediator-mediator4')).toBeDisabled();
  });

  it('shows the detail of a 409', async () => {
    serve();
    server.use(
      http.post('/api/cases', ({ response }) =>
        response(409).json({ type: '/problems/case-referrals-one-side', title: 'Conflict', status: 409, detail: 'A case needs a harmed person and the offender.' }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/cases/new' });
    await user.click(await screen.findByTestId(`referral-${referralId}`));
    await user.click(screen.getByTestId('mediator-mediator1'));
    await user.click(screen.getByTestId('confirm-open-case'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('A case needs a harmed person and the offender.');
  });

  it('is refused to a mediator', async () => {
    renderApp({ path: '/cases/new', roles: ['mediator'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
