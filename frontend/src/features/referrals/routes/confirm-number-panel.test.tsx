import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aReferral, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

describe('an offender named without a number', () => {
  it('asks the coordinator to confirm the number, sends it with If-Match, and refuses one that is not a number', async () => {
    const named = aReferral({ source: 'HARMED_PERSON', state: 'SUBMITTED', offenderNumber: null, offender: null, offenderNamedAs: 'Marc Roy', version: 3 });
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.get('/api/referrals/{id}', ({ response }) => response(200).json(named)),
      http.get('/api/referrals/{referralId}/suitability-assessments', ({ response }) => response(200).json([])),
      http.put('/api/referrals/{id}/offender-number', async ({ request, response }) => {
        const body = await request.json();
        sent.push({ ifMatch: request.headers.get('If-Match'), body });
        return response(200).json({ ...named, offenderNumber: body.offenderNumber, state: 'DORMANT', version: 4 });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/referrals/${referralId}`, roles: ['coordinator'] });
    const panel = await screen.findByTestId('confirm-number-panel');
    expect(within(panel).getByTestId('offender-named-as')).toHaveTextContent('Marc Roy');
    await user.type(within(panel).getByLabelText(/FPS number/), 'no!');
    await user.click(within(panel).getByTestId('confirm-number'));
    expect(sent).toEqual([]);
    await user.clear(within(panel).getByLabelText(/FPS number/));
    await user.type(within(panel).getByLabelText(/FPS number/), 'fps777');
    await user.click(within(panel).getByTestId('confirm-number'));
    await vi.waitFor(() => expect(sent).toEqual([{ ifMatch: '"3"', body: { offenderNumber: 'FPS777' } }]));
    // confirmed: the request awaits no number any more
    await vi.waitFor(() => expect(screen.queryByTestId('confirm-number-panel')).not.toBeInTheDocument());
    expect(screen.getByTestId('referral-offender-number')).toHaveTextContent('FPS777');
  });
});
