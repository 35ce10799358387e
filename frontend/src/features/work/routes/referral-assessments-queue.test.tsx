import { screen, within } from '@testing-library/react';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { http, referralId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

const harmed = { id: '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f', kind: 'VICTIM' as const, firstName: 'Hélène', lastName: 'Tremblay' };
const offender = { id: '7d8e9f00-1111-4222-8333-444455556666', kind: 'OFFENDER' as const, firstName: 'Marc', lastName: 'Roy' };

function assignedToMe() {
  server.use(
    http.get('/api/work', ({ response }) => response(200).json([{ queue: 'referral-assessments', role: 'mediator', count: 1 }])),
    http.get('/api/work/{queue}', ({ params, response }) =>
      response(200).json({
        queue: params.queue as 'referral-assessments',
        items: [
          { reason: 'ASSIGNED_FOR_ASSESSMENT', since: '2026-11-30T10:00:00Z', dueOn: null, caseId: null, referralId, messageId: null, meetingId: null, people: [harmed, offender] },
        ],
        total: 1,
        totalIsExact: true,
        page: 0,
        size: 20,
        next: null,
      }),
    ),
  );
}

describe('the referrals a mediator is assigned to assess', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('are a queue of My work, each linking to the referral’s page, why and since when', async () => {
    assignedToMe();
    renderApp({ path: '/work/referral-assessments', roles: ['mediator'] });
    const item = await screen.findByTestId('work-item');
    expect(within(item).getByRole('link', { name: 'Referral: Hélène Tremblay, Marc Roy' })).toHaveAttribute('href', `/referrals/${referralId}`);
    expect(item).toHaveTextContent('Assigned to you for assessment');
    expect(screen.getAllByText('Referrals to assess').length).toBeGreaterThan(0);

    await changeLanguage('fr');
    expect(await screen.findByText('Vous est affecté pour évaluation')).toBeInTheDocument();
  });

  it('are counted on the home page', async () => {
    assignedToMe();
    renderApp({ path: '/', roles: ['mediator'] });
    expect(await screen.findByTestId('work-count-referral-assessments')).toHaveTextContent('Referrals to assess: 1 waiting');
  });
});
