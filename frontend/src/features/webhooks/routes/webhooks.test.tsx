import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render-app';
import { http, server } from '../../../test/server';
import type { DeliveryView, WebhookView } from '../api/webhooks';

const webhookId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwabcdefghijk=';

function aWebhook(overrides: Partial<WebhookView> = {}): WebhookView {
  return {
    id: webhookId,
    url: 'https://receiver.example.org/hooks',
    description: 'Parole board intake',
    integration: 'service-account-ro-integration',
    eventTypes: ['REFERRAL_STATE_CHANGED'],
    active: true,
    createdAt: '2026-11-30T16:00:00Z',
    createdBy: 'admin1',
    updatedAt: '2026-11-30T16:00:00Z',
    updatedBy: 'admin1',
    version: 2,
    ...overrides,
  };
}

function aDelivery(overrides: Partial<DeliveryView> = {}): DeliveryView {
  return {
    id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
    webhookId,
    eventId: '2c3d4e5f-6071-4829-93a4-b5c6d7e8f901',
    eventSeq: 42,
    eventType: 'REFERRAL_STATE_CHANGED',
    subject: '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
    state: 'FAILED',
    attempts: 8,
    nextAttemptAt: null,
    lastAttemptAt: '2026-11-30T16:10:00Z',
    lastStatus: 500,
    lastError: 'HTTP 500: receiver says no',
    deliveredAt: null,
    createdAt: '2026-11-30T16:00:00Z',
    ...overrides,
  };
}

const page = <T,>(items: T[]) => ({ items, total: items.length, totalIsExact: true, page: 0, size: 20, next: null });

describe('the webhook pages', () => {
  it('are for administrators only, and linked from their navigation', async () => {
    for (const role of ['coordinator', 'mediator', 'staff', 'auditor'] as const) {
      const { unmount } = renderApp({ path: '/webhooks', roles: [role] });
      expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
      expect(screen.queryByTestId('nav-webhooks')).not.toBeInTheDocument();
      unmount();
    }
    server.use(http.get('/api/webhooks', ({ response }) => response(200).json(page([aWebhook(), aWebhook({ id: 'x', integration: null, active: false, eventTypes: ['CASE_STAGE_CHANGED', 'SAFETY_HOLD_SET'] })]))));
    renderApp({ path: '/', roles: ['admin'] });
    await userEvent.setup().click(await screen.findByTestId('nav-webhooks'));
    const rows = await screen.findAllByTestId('webhook-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('service-account-ro-integration');
    expect(rows[0]).toHaveTextContent('Referral state changed');
    expect(rows[1]).toHaveTextContent('Program (all records)');
    expect(rows[1]).toHaveTextContent('Case stage changed, Safety hold set');
    expect(within(rows[1]!).getByTestId('webhook-active')).toHaveTextContent('Not active');
  });

  it('registers an endpoint and shows its secret once, with a hint to copy it', async () => {
    let body: unknown;
    server.use(
      http.post('/api/webhooks', async ({ request, response }) => {
        body = await request.json();
        return response(201).json({ ...aWebhook({ version: 0 }), secret });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: '/webhooks/new', roles: ['admin'] });
    await user.click(await screen.findByTestId('save-webhook'));
    expect(await screen.findByTestId('field-url-error')).toHaveTextContent('This field is required.');
    expect(screen.getByTestId('field-eventTypes-error')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Address/), 'ftp://nope');
    await user.click(screen.getByTestId('save-webhook'));
    expect(await screen.findByTestId('field-url-error')).toHaveTextContent('Enter a full address starting with https://.');
    expect(body).toBeUndefined();

    await user.clear(screen.getByLabelText(/^Address/));
    await user.type(screen.getByLabelText(/^Address/), 'https://receiver.example.org/hooks');
    await user.type(screen.getByLabelText(/^Integration/), 'service-account-ro-integration');
    // an integration's endpoint: only referral events may be ticked
    expect(screen.getByLabelText('Case stage changed')).toBeDisabled();
    await user.click(screen.getByLabelText('Referral state changed'));
    await user.click(screen.getByTestId('save-webhook'));

    expect(await screen.findByTestId('webhook-secret')).toHaveValue(secret);
    expect(screen.getByTestId('webhook-secret-panel')).toHaveTextContent('This secret is shown this once');
    expect(screen.getByTestId('webhook-secret-panel')).toHaveTextContent('copy it');
    expect(body).toEqual({ url: 'https://receiver.example.org/hooks', description: null, integration: 'service-account-ro-integration', eventTypes: ['REFERRAL_STATE_CHANGED'] });
  });

  it('shows the rule the API names at its field', async () => {
    server.use(
      http.post('/api/webhooks', ({ response }) =>
        response(422).json({ status: 422, title: 'Unprocessable', errors: [{ field: 'integration', rule: 'KnownIntegration', message: 'Name a known integration.' }] }),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: '/webhooks/new', roles: ['admin'] });
    await user.type(await screen.findByLabelText(/^Address/), 'https://receiver.example.org/hooks');
    await user.type(screen.getByLabelText(/^Integration/), 'service-account-somebody');
    await user.click(screen.getByLabelText('Referral state changed'));
    await user.click(screen.getByTestId('save-webhook'));
    expect(await screen.findByTestId('field-integration-error')).toHaveTextContent('Name a known integration.');
  });

  it('edits an endpoint with If-Match and rotates its secret, shown once', async () => {
    const seen: unknown[] = [];
    let current = aWebhook();
    server.use(
      http.get('/api/webhooks/{id}', ({ response }) => response(200).json(current)),
      http.put('/api/webhooks/{id}', async ({ request, response }) => {
        const change = await request.json();
        seen.push({ ifMatch: request.headers.get('If-Match'), change });
        current = { ...current, ...change, version: current.version + 1 };
        return response(200).json(current);
      }),
      http.post('/api/webhooks/{id}/secret', ({ response }) => {
        current = { ...current, version: current.version + 1 };
        return response(200).json({ ...current, secret });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/webhooks/${webhookId}`, roles: ['admin'] });
    expect(await screen.findByTestId('webhook-integration')).toHaveTextContent('service-account-ro-integration');
    await user.click(screen.getByLabelText(/^Active/));
    await user.click(screen.getByTestId('save-webhook'));
    expect(await screen.findByTestId('webhook-saved')).toBeInTheDocument();
    expect(seen).toEqual([{ ifMatch: '"2"', change: { url: 'https://receiver.example.org/hooks', description: 'Parole board intake', eventTypes: ['REFERRAL_STATE_CHANGED'], active: false } }]);

    await user.click(screen.getByTestId('rotate-secret'));
    await user.click(within(screen.getByTestId('rotate-secret-confirm')).getByRole('button', { name: 'Rotate the secret' }));
    expect(await screen.findByTestId('webhook-secret')).toHaveValue(secret);
  });

  it('lists deliveries by state with a failed one\'s last error, and replays it', async () => {
    const states: (string | null)[] = [];
    let replayed = '';
    server.use(
      http.get('/api/webhooks/{id}', ({ response }) => response(200).json(aWebhook())),
      http.get('/api/webhooks/{id}/deliveries', ({ query, response }) => {
        states.push(query.get('state'));
        return response(200).json(page(replayed ? [aDelivery({ state: 'PENDING', attempts: 0, nextAttemptAt: '2026-11-30T16:20:00Z' })] : [aDelivery()]));
      }),
      http.post('/api/webhooks/{id}/deliveries/{deliveryId}/replay', ({ params, response }) => {
        replayed = params.deliveryId;
        return response(200).json(aDelivery({ state: 'PENDING', attempts: 0, nextAttemptAt: '2026-11-30T16:20:00Z' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path: `/webhooks/${webhookId}/deliveries`, roles: ['admin'] });
    const row = await screen.findByTestId('delivery-row');
    expect(within(row).getByTestId('delivery-state')).toHaveTextContent('Failed');
    expect(within(row).getByTestId('delivery-error')).toHaveTextContent('HTTP 500: receiver says no');
    await user.selectOptions(screen.getByLabelText('State'), 'FAILED');
    await waitFor(() => expect(states).toContain('FAILED'));
    await user.click(within(await screen.findByTestId('delivery-row')).getByTestId('replay-delivery'));
    await waitFor(() => expect(within(screen.getByTestId('delivery-row')).getByTestId('delivery-state')).toHaveTextContent('Pending'));
    expect(replayed).toBe(aDelivery().id);
    expect(screen.queryByTestId('replay-delivery')).not.toBeInTheDocument();
  });
});
