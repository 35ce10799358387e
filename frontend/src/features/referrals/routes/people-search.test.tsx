import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aCaseSummary, aReferralSummary, http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import { changeLanguage } from '../../../lib/i18n/i18n';

const counts = { DORMANT: 0, SUBMITTED: 1, UNDER_ASSESSMENT: 0, ACCEPTED: 0, DECLINED: 0, WITHDRAWN: 0 };

describe('people in lists', () => {
  it('searches the referral queue by name or number, starting again from the first page', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/referrals', ({ request, response }) => {
        queries.push(new URL(request.url).searchParams);
        return response(200).json({ items: [aReferralSummary()], total: 1, totalIsExact: true, page: 0, size: 20, countsByState: counts });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/referrals?page=2' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name or offender number' }), ' helene trem ');
    await user.click(screen.getByTestId('referral-search-submit'));
    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('helene trem'));
    expect(queries.at(-1)?.get('page')).toBe('0');
    await user.click(screen.getByTestId('referral-search-clear'));
    await waitFor(() => expect(queries.at(-1)?.has('q')).toBe(false));
  });

  it('searches the cases, and says when nothing matches', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/cases', ({ request, response }) => {
        const q = new URL(request.url).searchParams;
        queries.push(q);
        const items = q.get('q') === 'nobody' ? [] : [aCaseSummary()];
        return response(200).json({ items, total: items.length, totalIsExact: true, page: 0, size: 20 });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/cases', roles: ['mediator'] });
    expect(await screen.findAllByTestId('case-row')).toHaveLength(1);
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or offender number' }), 'nobody');
    await user.click(screen.getByTestId('case-search-submit'));
    expect(await screen.findByTestId('no-cases')).toHaveTextContent('Nothing matches this search.');
    expect(queries.at(-1)?.get('q')).toBe('nobody');
  });

  it("names the harmed person and the offender of each match, in French too", async () => {
    server.use(
      http.get('/api/referrals/matches', ({ response }) =>
        response(200).json([
          { id: 'aaaaaaaa-0000-4000-8000-000000000001', harmedPersonReferralId: referralId, offenderReferralId: referralId, offenderNumber: 'A1234567', harmedPersonName: 'Hélène Tremblay', offenderName: 'Marc Dubois', matchedAt: '2026-03-01T10:00:00Z' },
        ]),
      ),
    );
    await changeLanguage('fr');
    renderApp({ path: '/referrals/matches' });
    const row = await screen.findByTestId('match-row');
    expect(within(row).getByTestId('match-harmed-person-name')).toHaveTextContent('Hélène Tremblay');
    expect(within(row).getByTestId('match-offender-name')).toHaveTextContent('Marc Dubois');
    expect(screen.getByRole('columnheader', { name: 'Personne lésée' })).toBeInTheDocument();
  });
});
