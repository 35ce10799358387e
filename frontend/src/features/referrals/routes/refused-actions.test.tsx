import { act, screen } from '@testing-library/react';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { aReferral, anAssessment, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const noAssessment = { action: 'ACCEPT', reasonKey: 'referral.accept.no-assessment', reason: 'A referral is accepted only after a finalised suitability assessment.' };
const noOutcome = { action: 'FINALISE', reasonKey: 'suitability.finalise.needs-outcome', reason: 'Choose an outcome before finalising.' };

describe('what the rules refuse now', () => {
  it('is shown disabled with the server’s reason: Accept without a finalised suitable assessment, Finalise without an outcome', async () => {
    server.use(
      http.get('/api/referrals/{id}', ({ response }) =>
        response(200).json(aReferral({ state: 'UNDER_ASSESSMENT', allowedActions: ['DECLINE', 'WITHDRAW'], refusedActions: [noAssessment] })),
      ),
      http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) =>
        response(200).json([anAssessment({ finalised: false, outcome: null, allowedActions: ['REVISE'], refusedActions: [noOutcome] })]),
      ),
    );
    renderApp({ path: `/referrals/${referralId}` });
    const accept = await screen.findByTestId('accept-referral-refused');
    expect(accept).toBeDisabled();
    expect(accept).toHaveAccessibleDescription(`Not available now: ${noAssessment.reason}`);
    expect(screen.queryByTestId('accept-referral')).not.toBeInTheDocument();
    const finalise = await screen.findByTestId('finalise-assessment-refused');
    expect(finalise).toBeDisabled();
    expect(screen.getByTestId('finalise-assessment-refused-reason')).toHaveTextContent(noOutcome.reason);
    expect(screen.queryByTestId('finalise-assessment')).not.toBeInTheDocument();
    await act(() => changeLanguage('fr'));
    expect(screen.getByTestId('accept-referral-refused-reason')).toHaveTextContent('Non disponible pour le moment');
  });

  it('is not shown where the move does not apply (a submitted referral offers no Accept at all)', async () => {
    server.use(
      http.get('/api/referrals/{id}', ({ response }) =>
        response(200).json(aReferral({ state: 'SUBMITTED', refusedActions: [{ ...noAssessment, reasonKey: 'referral.move.illegal' }] })),
      ),
      http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json([])),
    );
    renderApp({ path: `/referrals/${referralId}` });
    expect(await screen.findByTestId('start-assessment')).toBeInTheDocument();
    expect(screen.queryByTestId('accept-referral-refused')).not.toBeInTheDocument();
  });
});
