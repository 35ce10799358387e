import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aCase, aMessage, caseId, http, messageId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';
import { deliveredAtFor, deliveryDayProblem, localDay } from '../components/delivery-date';

const path = `/cases/${caseId}/messages/${messageId}`;

function serve(approvedAt: string) {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase({ stage: 'DIALOGUE', ways: ['LETTERS'] }))),
    http.get('/api/cases/{caseId}/messages/{id}', ({ response }) =>
      response(200).json(aMessage({ state: 'APPROVED', approvedBy: 'coordinator1', approvedAt }))),
    http.get('/api/cases/{caseId}/messages/{id}/author-copy', ({ response }) => response(200).json({ messageId, kind: 'LETTER', status: 'IN_PREPARATION' })),
    http.get('/api/cases/{caseId}/messages/{id}/recipient-copy', ({ response }) => response(200).json({ messageId, kind: 'LETTER', text: 'Words', file: null })),
  );
}

describe('the delivery date', () => {
  it('is sent only when it is not today, as the last moment of that day', () => {
    const now = new Date(2026, 10, 30, 15, 0, 0);
    expect(deliveredAtFor('2026-11-30', now)).toBeUndefined();
    expect(deliveredAtFor('2026-11-28', now)).toBe(new Date(2026, 10, 28, 23, 59, 59).toISOString());
    expect(deliveryDayProblem('2026-12-01', null, now)).toBe('future');
    expect(deliveryDayProblem('2026-11-27', new Date(2026, 10, 28, 9).toISOString(), now)).toBe('beforeApproval');
    expect(deliveryDayProblem('2026-11-28', new Date(2026, 10, 28, 9).toISOString(), now)).toBeUndefined();
    expect(deliveryDayProblem('', null, now)).toBe('required');
  });

  it('defaults to today, refuses a day before the approval, and sends an earlier day; who approved is shown', async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    serve(twoDaysAgo.toISOString());
    let body: unknown;
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/deliver', async ({ request, response }) => {
        body = await request.json();
        return response(200).json(aMessage({ state: 'DELIVERED', deliveryMethod: 'MAIL', approvedBy: 'coordinator1' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    expect(await screen.findByTestId('approved-by')).toHaveTextContent('coordinator1');
    expect(screen.getByTestId('approved-at')).not.toBeEmptyDOMElement();
    const form = await screen.findByTestId('deliver-form');
    const date = within(form).getByLabelText(/Delivery date/);
    expect(date).toHaveValue(localDay(new Date()));
    await user.click(within(form).getByLabelText('By mail'));
    await user.clear(date);
    await user.type(date, localDay(new Date(Date.now() - 3 * 86_400_000)));
    await user.click(within(form).getByTestId('deliver-message'));
    expect(within(form).getByText('The delivery date cannot be before the message was approved.')).toBeInTheDocument();
    expect(body).toBeUndefined();
    await user.clear(date);
    await user.type(date, localDay(yesterday));
    await user.click(within(form).getByTestId('deliver-message'));
    await screen.findByTestId('delivery-method');
    expect(body).toEqual({ method: 'MAIL', deliveredAt: deliveredAtFor(localDay(yesterday)) });
  });
});
