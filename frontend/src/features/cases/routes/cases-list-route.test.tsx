import { screen, within } from '@testing-library/react';
import { aCaseSummary, http, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('the cases list', () => {
  it('shows stage, participants, mediators, a red safety hold badge and flags overdue or soon-due assessments', async () => {
    server.use(
      http.get('/api/cases', ({ response }) =>
        response(200).json({
          items: [
            aCaseSummary({ onSafetyHold: true, nextAssessmentDue: isoInDays(-3), stage: 'DIALOGUE' }),
            aCaseSummary({ id: 'aaaaaaaa-5a6b-4c7d-8e9f-0a1b2c3d4e5f', participantNames: ['Anne Roy', 'Luc Gagnon'], mediators: ['mediator1', 'mediator2'], mediatorNames: [{ username: 'mediator1', displayName: 'Mediator One' }, { username: 'mediator2', displayName: 'Mediator Two' }], nextAssessmentDue: isoInDays(5) }),
            aCaseSummary({ id: 'bbbbbbbb-5a6b-4c7d-8e9f-0a1b2c3d4e5f', participantNames: ['Zoé Martin'], nextAssessmentDue: isoInDays(60) }),
          ],
          total: 3,
          totalIsExact: true,
          page: 0,
          size: 20,
        }),
      ),
    );
    renderApp({ path: '/cases', roles: ['coordinator'] });
    expect(await screen.findByTestId('page-heading')).toHaveTextContent('Cases');
    const rows = await screen.findAllByTestId('case-row');
    expect(rows).toHaveLength(3);
    const [onHold, soon, later] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(onHold).getByTestId('hold-badge')).toHaveTextContent('Safety hold');
    expect(within(onHold).getByTestId('hold-badge')).toHaveClass('ro-badge--hold');
    expect(within(onHold).getByTestId('case-stage')).toHaveTextContent('Dialogue');
    expect(within(onHold).getByTestId('case-next-due')).toHaveAttribute('data-urgency', 'overdue');
    expect(within(onHold).getByTestId('case-next-due')).toHaveTextContent('Overdue');
    expect(within(onHold).getByRole('link', { name: 'Hélène Tremblay, Marc Roy' })).toHaveAttribute('href', '/cases/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f');
    expect(within(soon).queryByTestId('hold-badge')).not.toBeInTheDocument();
    expect(within(soon).getByTestId('case-next-due')).toHaveAttribute('data-urgency', 'soon');
    expect(soon).toHaveTextContent('Mediator One, Mediator Two');
    expect(within(later).getByTestId('case-next-due')).toHaveAttribute('data-urgency', 'later');
    expect(screen.getByTestId('open-new-case')).toHaveAttribute('href', '/cases/new');
  });

  it('is "My cases" for a mediator, who cannot open a case', async () => {
    server.use(http.get('/api/cases', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20 })));
    renderApp({ path: '/cases', roles: ['mediator'] });
    expect(await screen.findByTestId('no-cases')).toHaveTextContent('You are not assigned to any case yet.');
    expect(screen.getByTestId('page-heading')).toHaveTextContent('My cases');
    expect(screen.queryByTestId('open-new-case')).not.toBeInTheDocument();
  });

  it('is refused to correctional staff', async () => {
    renderApp({ path: '/cases', roles: ['staff'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
