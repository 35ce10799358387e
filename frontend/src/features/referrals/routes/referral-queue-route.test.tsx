import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aReferralSummary, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const counts = { DORMANT: 2, SUBMITTED: 3, UNDER_ASSESSMENT: 1, ACCEPTED: 4, DECLINED: 0, WITHDRAWN: 1 };

describe('the referral queue', () => {
  it('shows the counts per state, the rows oldest first with their badges, and links to each referral', async () => {
    server.use(
      http.get('/api/referrals', ({ response }) =>
        response(200).json({
          items: [
            aReferralSummary({ noContactReviewPending: true }),
            aReferralSummary({ id: 'aaaaaaaa-1e2f-4a3b-9c4d-5e6f7a8b9c0d', source: 'STAFF', state: 'DORMANT', harmedPersonName: null, channel: null, duplicateOf: referralId }),
          ],
          total: 2,
          totalIsExact: true,
          page: 0,
          size: 20,
          countsByState: counts,
        }),
      ),
    );
    renderApp({ path: '/referrals' });
    expect(await screen.findByTestId('queue-total')).toHaveTextContent('2 referrals. Oldest first.');
    const tabs = screen.getByTestId('state-tabs');
    expect(within(tabs).getByTestId('state-tab-SUBMITTED')).toHaveTextContent('Submitted 3');
    expect(within(tabs).getByTestId('state-tab-DORMANT')).toHaveTextContent('Kept on file 2');
    expect(within(tabs).getByTestId('state-tab-DECLINED')).toHaveTextContent('Declined 0');
    expect(within(tabs).getByTestId('state-tab-ALL')).toHaveTextContent('All 11');
    const rows = screen.getAllByTestId('referral-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('no-contact-pending')).toHaveTextContent('No-contact review pending');
    expect(within(rows[0]!).getByText('Collect call')).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId('no-contact-pending')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByTestId('duplicate-badge')).toHaveTextContent('Repeats an open referral');
    expect(within(rows[0]!).queryByTestId('duplicate-badge')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByText('Kept on file')).toBeInTheDocument();
    expect(within(rows[0]!).getByTestId('open-referral')).toHaveAttribute('href', `/referrals/${referralId}`);
  });

  it('sends the state, source and minimum age filters, and pages on', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/referrals', ({ request, response }) => {
        const params = new URL(request.url).searchParams;
        queries.push(params);
        return response(200).json({ items: [aReferralSummary()], total: 45, totalIsExact: true, page: Number(params.get('page') ?? 0), size: 20, countsByState: counts });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/referrals' });
    await screen.findByTestId('queue-total');
    expect(queries[0]!.get('state')).toBeNull();
    expect(queries[0]!.get('size')).toBe('20');

    await user.click(screen.getByTestId('state-tab-UNDER_ASSESSMENT'));
    await waitFor(() => expect(queries.at(-1)!.get('state')).toBe('UNDER_ASSESSMENT'));
    expect(screen.getByTestId('state-tab-UNDER_ASSESSMENT')).toHaveAttribute('aria-current', 'true');

    await user.selectOptions(screen.getByLabelText('Came from'), 'STAFF');
    await waitFor(() => expect(queries.at(-1)!.get('source')).toBe('STAFF'));
    expect(queries.at(-1)!.get('state')).toBe('UNDER_ASSESSMENT');

    await user.type(screen.getByLabelText('Waiting at least (days)'), '14');
    await user.click(screen.getByTestId('apply-min-age'));
    await waitFor(() => expect(queries.at(-1)!.get('minAgeDays')).toBe('14'));
    expect(queries.at(-1)!.get('source')).toBe('STAFF');

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(queries.at(-1)!.get('page')).toBe('1'));
    expect(queries.at(-1)!.get('minAgeDays')).toBe('14');
  });

  it('lists the matches with links to both referrals', async () => {
    server.use(
      http.get('/api/referrals/matches', ({ response }) =>
        response(200).json([
          { id: 'bbbbbbbb-1e2f-4a3b-9c4d-5e6f7a8b9c0d', harmedPersonReferralId: 'cccccccc-1e2f-4a3b-9c4d-5e6f7a8b9c0d', offenderReferralId: referralId, offenderNumber: 'FPS123', matchedAt: '2026-03-12T09:00:00Z' },
        ]),
      ),
    );
    renderApp({ path: '/referrals/matches' });
    const row = await screen.findByTestId('match-row');
    expect(within(row).getByText('FPS123')).toBeInTheDocument();
    expect(within(row).getByTestId('match-harmed-person')).toHaveAttribute('href', '/referrals/cccccccc-1e2f-4a3b-9c4d-5e6f7a8b9c0d');
    expect(within(row).getByTestId('match-offender')).toHaveAttribute('href', `/referrals/${referralId}`);
  });

  it('is refused to correctional staff', async () => {
    renderApp({ path: '/referrals', roles: ['staff'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
