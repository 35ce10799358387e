import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render-app';

describe('navigation and home page by role', () => {
  it('a staff user does not see Participants in the navigation, and gets a staff welcome', async () => {
    renderApp({ roles: ['staff'] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Participants' })).not.toBeInTheDocument();
    expect(screen.getByText(/As correctional staff/)).toBeInTheDocument();
    expect(screen.queryByTestId('home-participants')).not.toBeInTheDocument();
  });

  it('staff see only Home, Refer an offender and My referrals', async () => {
    renderApp({ roles: ['staff'] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'Refer an offender', 'My referrals']);
    expect(within(nav).getByRole('link', { name: 'Refer an offender' })).toHaveAttribute('href', '/offender-referrals/new');
    expect(within(nav).getByRole('link', { name: 'My referrals' })).toHaveAttribute('href', '/offender-referrals');
    expect(screen.getByTestId('home-refer-offender')).toBeInTheDocument();
    expect(screen.queryByTestId('home-referral-queue')).not.toBeInTheDocument();
  });

  it('a coordinator sees Participants, Record a call and the referral queue, and not the staff entries', async () => {
    renderApp({ roles: ['coordinator'] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'My work', 'Participants', 'Record a call', 'Referral queue', 'Cases', 'Messages to screen', 'Corrections', 'Statistics', 'Disposal', 'Notification settings']);
    expect(within(nav).getByRole('link', { name: 'Disposal' })).toHaveAttribute('href', '/disposals');
    expect(within(nav).getByRole('link', { name: 'Messages to screen' })).toHaveAttribute('href', '/messages/review');
    expect(within(nav).getByRole('link', { name: 'Cases' })).toHaveAttribute('href', '/cases');
    expect(within(nav).getByRole('link', { name: 'Record a call' })).toHaveAttribute('href', '/referrals/new-call');
    expect(within(nav).getByRole('link', { name: 'Referral queue' })).toHaveAttribute('href', '/referrals');
    expect(screen.getByTestId('home-record-call')).toBeInTheDocument();
    expect(screen.queryByTestId('home-refer-offender')).not.toBeInTheDocument();
  });

  it('a mediator, an auditor and an administrator see no referral entries', async () => {
    for (const role of ['mediator', 'auditor', 'admin'] as const) {
      const { unmount } = renderApp({ roles: [role] });
      const nav = await screen.findByRole('navigation', { name: 'Main menu' });
      for (const name of ['Record a call', 'Referral queue', 'Refer an offender', 'My referrals']) {
        expect(within(nav).queryByRole('link', { name })).not.toBeInTheDocument();
      }
      unmount();
    }
  });

  it('a coordinator sees Participants in the navigation and on the home page', async () => {
    renderApp({ roles: ['coordinator'] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Participants' })).toHaveAttribute('href', '/participants');
    expect(screen.getByTestId('home-participants')).toBeInTheDocument();
    expect(screen.queryByTestId('my-cases')).not.toBeInTheDocument();
  });

  it('a mediator sees My cases (navigation and home) and participants, and no roster', async () => {
    renderApp({ roles: ['mediator'] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'My work', 'Participants', 'My cases', 'Messages to screen', 'Notification settings']);
    expect(within(nav).getByRole('link', { name: 'My cases' })).toHaveAttribute('href', '/cases');
    expect(screen.getByTestId('home-my-cases')).toHaveAttribute('href', '/cases');
    expect(screen.getByTestId('nav-participants')).toBeInTheDocument();
  });

  it('an administrator sees the mediator roster and the webhooks, and no cases', async () => {
    renderApp({ roles: ['admin'] });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'Mediator roster', 'Reference data', 'Webhooks']);
    expect(within(nav).getByRole('link', { name: 'Reference data' })).toHaveAttribute('href', '/reference-data');
    expect(within(nav).getByRole('link', { name: 'Mediator roster' })).toHaveAttribute('href', '/mediators');
    expect(screen.getByTestId('home-mediator-roster')).toBeInTheDocument();
  });

  it('coordinators and auditors find Statistics in the navigation and on the home page; the other roles do not', async () => {
    for (const role of ['coordinator', 'auditor'] as const) {
      const { unmount } = renderApp({ roles: [role] });
      const nav = await screen.findByRole('navigation', { name: 'Main menu' });
      expect(within(nav).getByRole('link', { name: 'Statistics' })).toHaveAttribute('href', '/statistics');
      expect(screen.getByTestId('home-statistics')).toHaveAttribute('href', '/statistics');
      unmount();
    }
    for (const role of ['mediator', 'staff', 'admin'] as const) {
      const { unmount } = renderApp({ roles: [role] });
      await screen.findByRole('navigation', { name: 'Main menu' });
      expect(screen.queryByTestId('nav-statistics')).not.toBeInTheDocument();
      expect(screen.queryByTestId('home-statistics')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('an auditor opening the participants address directly is refused by the page', async () => {
    renderApp({ roles: ['auditor'], path: '/participants' });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('switches the whole page to French with the toggle', async () => {
    renderApp({ roles: ['coordinator'] });
    await userEvent.click(await screen.findByTestId('language-toggle'));
    expect(await screen.findByRole('navigation', { name: 'Menu principal' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accueil' })).toBeInTheDocument();
    expect(screen.getByTestId('language-toggle')).toHaveTextContent('English');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('signs out from the navigation', async () => {
    const { signOut } = renderApp({ roles: ['staff'] });
    await userEvent.click(await screen.findByTestId('sign-out'));
    expect(signOut).toHaveBeenCalled();
  });

  it('shows the sign-in page to a signed-out visitor', async () => {
    const signIn = vi.fn(async () => {});
    renderApp({ session: { status: 'anonymous', signIn } });
    await userEvent.click(await screen.findByTestId('sign-in'));
    expect(signIn).toHaveBeenCalled();
    expect(screen.queryByRole('navigation', { name: 'Main menu' })).not.toBeInTheDocument();
  });
});
