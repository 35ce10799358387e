import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import type { NotificationSettingsView } from '../api/notification-settings';

const mediatorKinds: NotificationSettingsView['availableKinds'] = ['reassessments-due', 'messages-to-screen', 'meetings-soon', 'recent-withdrawals', 'referral-assessments'];

function defaults(overrides: Partial<NotificationSettingsView> = {}): NotificationSettingsView {
  return { emailEnabled: false, kinds: [], frequency: 'IMMEDIATE', language: 'en', availableKinds: mediatorKinds, version: 0, ...overrides };
}

describe('notification settings', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('are for coordinators and mediators only, linked from the menu', async () => {
    for (const role of ['staff', 'auditor', 'admin'] as const) {
      const { unmount } = renderApp({ path: '/account/notifications', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      expect(screen.queryByTestId('nav-notification-settings')).not.toBeInTheDocument();
      unmount();
    }
    server.use(http.get('/api/me/notifications', ({ response }) => response(200).json(defaults())));
    renderApp({ path: '/', roles: ['mediator'] });
    expect(await screen.findByTestId('nav-notification-settings')).toHaveAttribute('href', '/account/notifications');
  });

  it('a mediator chooses the kinds of their role, a daily digest in French, saved with If-Match', async () => {
    const seen: unknown[] = [];
    let current = defaults();
    server.use(
      http.get('/api/me/notifications', ({ response }) => response(200).json(current)),
      http.put('/api/me/notifications', async ({ request, response }) => {
        const body = await request.json();
        seen.push({ ifMatch: request.headers.get('If-Match'), body });
        current = { ...current, ...body, kinds: body.kinds as NotificationSettingsView['kinds'], email: 'mediator1@ro.example.org', version: 1 };
        return response(200).json(current);
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/account/notifications', roles: ['mediator'] });
    const kinds = await screen.findByTestId('field-kinds');
    expect(within(kinds).getAllByRole('checkbox')).toHaveLength(5);
    expect(within(kinds).queryByLabelText('Referrals to triage')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Send me notices by e-mail'));
    await user.click(screen.getByTestId('save-notification-settings'));
    expect(await screen.findByTestId('field-kinds-error')).toHaveTextContent('Choose an option.');
    expect(seen).toEqual([]);

    await user.click(within(kinds).getByLabelText('Messages to review'));
    await user.click(within(kinds).getByLabelText('Safety reassessments due'));
    await user.click(screen.getByLabelText('One summary a day, in the morning'));
    await user.click(screen.getByLabelText('French'));
    await user.click(screen.getByTestId('save-notification-settings'));
    expect(await screen.findByTestId('notification-settings-saved')).toHaveTextContent('You will be told by e-mail');
    expect(seen).toEqual([
      { ifMatch: '"0"', body: { emailEnabled: true, kinds: ['reassessments-due', 'messages-to-screen'], frequency: 'DAILY_DIGEST', language: 'fr' } },
    ]);
    expect(screen.getByTestId('notification-address')).toHaveTextContent('mediator1@ro.example.org');
  });

  it('shows the API\'s refusals: a kind at the kinds, an account without an address in the alert', async () => {
    let answer: 'kinds' | 'email' = 'kinds';
    server.use(
      http.get('/api/me/notifications', ({ response }) => response(200).json(defaults({ emailEnabled: true, kinds: ['meetings-soon'], version: 2 }))),
      http.put('/api/me/notifications', ({ response }) =>
        answer === 'kinds'
          ? response(400).json({ title: 'Bad Request', status: 400, errors: [{ field: 'kinds', rule: 'KindOfYourRole', message: 'Not a kind of your role.' }] })
          : response(422).json({
              title: 'Unprocessable',
              status: 422,
              detail: 'Your account has no e-mail address.',
              errors: [{ field: 'email', rule: 'AccountEmail', message: 'Your account has no e-mail address.' }],
            }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/account/notifications', roles: ['mediator'] });
    await user.click(await screen.findByTestId('save-notification-settings'));
    expect(await screen.findByTestId('field-kinds-error')).toHaveTextContent('Not a kind of your role.');
    answer = 'email';
    await user.click(screen.getByTestId('save-notification-settings'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your account has no e-mail address.'));
  });

  it('reads in French', async () => {
    await changeLanguage('fr');
    server.use(
      http.get('/api/me/notifications', ({ response }) =>
        response(200).json(defaults({ availableKinds: ['referrals-waiting', 'no-contact-reviews'], email: 'coordinator1@ro.example.org' })),
      ),
    );
    renderApp({ path: '/account/notifications', roles: ['coordinator'] });
    expect(await screen.findByTestId('page-heading')).toHaveTextContent('Paramètres des avis');
    expect(await screen.findByLabelText('Conditions de non-communication à examiner')).toBeInTheDocument();
    expect(screen.getByLabelText('Un résumé par jour, le matin')).toBeInTheDocument();
    expect(screen.getByTestId('notification-address')).toHaveTextContent('coordinator1@ro.example.org');
  });
});
