import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { aReferral, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

function serve(referral = aReferral({ state: 'UNDER_ASSESSMENT', federalSentence: 'UNKNOWN', allowedActions: ['DECLINE', 'WITHDRAW'] })) {
  const sent: { ifMatch: string | null; body: unknown }[] = [];
  server.use(
    http.get('/api/referrals/{id}', ({ response }) => response(200).json(referral)),
    http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json([])),
    http.put('/api/referrals/{id}/eligibility', async ({ request, response }) => {
      const body = await request.json();
      sent.push({ ifMatch: request.headers.get('If-Match'), body });
      return response(200).json({ ...referral, federalSentence: body.federalSentence, version: referral.version + 1, allowedActions: ['ACCEPT', 'DECLINE', 'WITHDRAW'] });
    }),
  );
  return sent;
}

describe('eligibility on a referral', () => {
  it('says acceptance waits for the federal sentence, and records it with If-Match', async () => {
    const sent = serve();
    renderApp({ path: `/referrals/${referralId}`, roles: ['coordinator'] });
    const panel = await screen.findByTestId('eligibility-panel');
    expect(within(panel).getByTestId('referral-federal-sentence')).toHaveTextContent('Not yet known');
    expect(within(panel).getByTestId('eligibility-blocks-acceptance')).toBeInTheDocument();
    expect(within(panel).getByTestId('save-eligibility')).toBeDisabled();
    await userEvent.click(within(panel).getByLabelText('Yes'));
    await userEvent.click(within(panel).getByTestId('save-eligibility'));
    await vi.waitFor(() => expect(sent).toEqual([{ ifMatch: '"1"', body: { federalSentence: 'YES' } }]));
    expect(await within(panel).findByTestId('referral-federal-sentence')).toHaveTextContent('Yes');
  });

  it('reads in French, and has no form once the referral is decided', async () => {
    serve(aReferral({ state: 'ACCEPTED', federalSentence: 'YES' }));
    await changeLanguage('fr');
    renderApp({ path: `/referrals/${referralId}`, roles: ['coordinator'] });
    const panel = await screen.findByTestId('eligibility-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Admissibilité');
    expect(within(panel).getByTestId('referral-federal-sentence')).toHaveTextContent('Oui');
    expect(within(panel).queryByTestId('eligibility-form')).not.toBeInTheDocument();
  });
});
