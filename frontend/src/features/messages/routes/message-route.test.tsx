import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../lib/api/schema';
import { aCase, aMessage, caseId, http, messageId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

type MessageView = components['schemas']['MessageView'];
type MessageState = components['schemas']['MessageState'];

const original = 'I want you to know how it changed my life. I still live on Maple Street.';
const redacted = 'I want you to know how it changed my life.';

function serve(message: MessageView) {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase({ stage: 'DIALOGUE', ways: ['LETTERS'] }))),
    http.get('/api/cases/{caseId}/messages/{id}', ({ response }) => response(200).json(message)),
    http.get('/api/cases/{caseId}/messages/{id}/author-copy', ({ response }) => response(200).json({ messageId, kind: message.kind, status: 'IN_PREPARATION' })),
    http.get('/api/cases/{caseId}/messages/{id}/recipient-copy', ({ response }) => response(200).json({ messageId, kind: message.kind, text: message.redactedText ?? message.originalText ?? null, file: null })),
  );
}

const path = `/cases/${caseId}/messages/${messageId}`;

describe('a message', () => {
  it.each<[MessageState, string[]]>([
    ['DRAFT', ['submit-message']],
    ['IN_REVIEW', ['approve-message', 'return-message', 'withhold-message']],
    ['APPROVED', ['deliver-form']],
    ['DELIVERED', ['acknowledge-form']],
    ['WITHHELD', ['no-actions']],
    ['ACKNOWLEDGED', ['no-actions']],
  ])('in state %s offers %j', async (state, shown) => {
    serve(aMessage({ state }));
    renderApp({ path, roles: ['mediator'] });
    const actions = await screen.findByTestId('message-actions');
    const all = ['submit-message', 'approve-message', 'return-message', 'withhold-message', 'deliver-form', 'acknowledge-form', 'no-actions'];
    for (const id of all) {
      if (shown.includes(id)) expect(within(actions).getByTestId(id)).toBeInTheDocument();
      else expect(within(actions).queryByTestId(id)).not.toBeInTheDocument();
    }
    expect(screen.getByTestId('message-state')).toHaveAttribute('data-state', `message-${state}`);
  });

  it('offers delivery only when the server lists it: an approved letter the server may not deliver yet shows no delivery form', async () => {
    serve(aMessage({ state: 'APPROVED', allowedActions: [] }));
    renderApp({ path, roles: ['mediator'] });
    const actions = await screen.findByTestId('message-actions');
    expect(within(actions).getByTestId('no-actions')).toBeInTheDocument();
    expect(within(actions).queryByTestId('deliver-form')).not.toBeInTheDocument();
  });

  it('submits a draft for screening with If-Match', async () => {
    let ifMatch: string | null = null;
    serve(aMessage({ state: 'DRAFT', version: 5 }));
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/submit', ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        return response(200).json(aMessage({ state: 'IN_REVIEW', version: 6, submittedAt: '2026-03-15T10:00:00Z' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    await user.click(await screen.findByTestId('submit-message'));
    await waitFor(() => expect(screen.getByTestId('message-state')).toHaveTextContent('In screening'));
    expect(ifMatch).toBe('"5"');
    expect(screen.getByTestId('approve-message')).toBeInTheDocument();
  });

  it('approves with a redacted text and If-Match', async () => {
    let body: unknown;
    let ifMatch: string | null = null;
    serve(aMessage({ state: 'IN_REVIEW', version: 7 }));
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/approve', async ({ request, response }) => {
        body = await request.json();
        ifMatch = request.headers.get('If-Match');
        return response(200).json(aMessage({ state: 'APPROVED', version: 8, redactedText: redacted, textDecision: 'REDACTED' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    await user.click(await screen.findByTestId('approve-message'));
    await user.click(screen.getByLabelText('Redacted'));
    await user.type(screen.getByLabelText(/^Redacted text/), redacted);
    await user.click(screen.getByTestId('confirm-approve'));
    await waitFor(() => expect(screen.getByTestId('message-state')).toHaveTextContent('Approved'));
    expect(body).toEqual({ textDecision: 'REDACTED', redactedText: redacted });
    expect(ifMatch).toBe('"7"');
    expect(screen.getByTestId('redacted-text')).toHaveTextContent(redacted);
    expect(screen.getByTestId('original-text')).toHaveTextContent(original);
  });

  it('returns with comments', async () => {
    let body: unknown;
    serve(aMessage({ state: 'IN_REVIEW' }));
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/return', async ({ request, response }) => {
        body = await request.json();
        return response(200).json(aMessage({ state: 'DRAFT', version: 3, returnComments: 'Leave out the address.' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    await user.click(await screen.findByTestId('return-message'));
    await user.click(screen.getByTestId('confirm-returnComments'));
    expect(screen.getByTestId('field-returnComments-error')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Comments for revision/), 'Leave out the address.');
    await user.click(screen.getByTestId('confirm-returnComments'));
    await waitFor(() => expect(screen.getByTestId('return-comments')).toHaveTextContent('Leave out the address.'));
    expect(body).toEqual({ text: 'Leave out the address.' });
  });

  it('shows the 409 detail when delivery is refused', async () => {
    let body: unknown;
    serve(aMessage({ state: 'APPROVED', redactedText: redacted }));
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/deliver', async ({ request, response }) => {
        body = await request.json();
        return response(409).json({
          type: '/problems/message-deliver-safety-hold',
          title: 'Conflict',
          status: 409,
          detail: 'The case is on safety hold: nothing can be delivered until a new safety assessment clears it.',
        });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    const form = await screen.findByTestId('deliver-form');
    await user.click(within(form).getByTestId('deliver-message'));
    expect(within(form).getByTestId('field-deliveryMethod-error')).toHaveTextContent('Choose how the message was delivered.');
    expect(body).toBeUndefined();
    await user.click(within(form).getByLabelText('By mail'));
    await user.click(within(form).getByTestId('deliver-message'));
    expect(await within(form).findByTestId('error-alert')).toHaveTextContent('The case is on safety hold: nothing can be delivered');
    expect(body).toEqual({ method: 'MAIL' });
  });

  it("records the recipient's acknowledgement and whether the author may know", async () => {
    let body: unknown;
    serve(aMessage({ state: 'DELIVERED', deliveryMethod: 'MAIL', deliveredAt: '2026-03-16T10:00:00Z' }));
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/acknowledge', async ({ request, response }) => {
        body = await request.json();
        return response(200).json(aMessage({ state: 'ACKNOWLEDGED', authorMayKnow: false, acknowledgedAt: '2026-03-17T10:00:00Z' }));
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['coordinator'] });
    await user.click(await screen.findByLabelText("No, the author is not told"));
    await user.click(screen.getByTestId('acknowledge-message'));
    await waitFor(() => expect(screen.getByTestId('author-may-know')).toHaveTextContent('No, the author is not told'));
    expect(body).toEqual({ authorMayKnow: false });
  });

  it('"What the recipient receives" shows the redacted text and not the original', async () => {
    serve(aMessage({ state: 'DELIVERED', redactedText: redacted, deliveryMethod: 'MAIL' }));
    server.use(http.get('/api/cases/{caseId}/messages/{id}/author-copy', ({ response }) => response(200).json({ messageId, kind: 'LETTER', status: 'SENT' })));
    renderApp({ path, roles: ['mediator'] });
    const panel = await screen.findByTestId('recipient-copy');
    expect(await within(panel).findByTestId('recipient-copy-text')).toHaveTextContent(redacted);
    expect(panel).not.toHaveTextContent('Maple Street');
    expect(await screen.findByTestId('author-copy-status')).toHaveTextContent('Sent');
    expect(screen.getByTestId('delivery-method')).toHaveTextContent('By mail');
  });

  it('does not ask for the recipient copy before approval', async () => {
    let asked = false;
    serve(aMessage({ state: 'IN_REVIEW' }));
    server.use(
      http.get('/api/cases/{caseId}/messages/{id}/recipient-copy', ({ response }) => {
        asked = true;
        return response(409).json({ title: 'Conflict', status: 409 });
      }),
    );
    renderApp({ path, roles: ['mediator'] });
    expect(await screen.findByTestId('recipient-copy-none')).toBeInTheDocument();
    await screen.findByTestId('author-copy-status');
    expect(asked).toBe(false);
  });

  it('plays a video message in a <video controls> element streamed under a playback grant (no token in the address)', async () => {
    let auth: string | null = null;
    const file = { id: '9f8e7d6c-0000-4000-8000-00000000000f', contentType: 'video/webm', sizeBytes: 2048, sha256: 'ab'.repeat(32) };
    serve(aMessage({ kind: 'VIDEO_MESSAGE', originalText: null, originalFile: file }));
    server.use(
      http.post('/api/cases/{caseId}/messages/{id}/files/{fileId}/playback', ({ request, params, response }) => {
        auth = request.headers.get('Authorization');
        expect(params.fileId).toBe(file.id);
        return response(201).json({ url: '/api/playback/one-time-code', expiresAt: '2026-11-30T18:00:00Z' });
      }),
    );
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    await user.click(await screen.findByTestId('original-file-play'));
    const video = await screen.findByTestId('original-file-video');
    expect(video.getAttribute('src')).toMatch(/\/api\/playback\/one-time-code$/);
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('preload', 'metadata');
    expect(auth).toBe('Bearer test-token');
  });

  it('says "not found" for a 404', async () => {
    server.use(
      http.get('/api/cases/{id}', ({ response }) => response(404).json({ title: 'Not Found', status: 404 })),
      http.get('/api/cases/{caseId}/messages/{id}', ({ response }) => response(404).json({ title: 'Not Found', status: 404 })),
    );
    renderApp({ path, roles: ['mediator'] });
    expect(await screen.findByTestId('message-not-found')).toBeInTheDocument();
  });
});

describe('printing an approved letter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fetches the PDF with the token and opens it from a blob', async () => {
    let auth: string | null = null;
    serve(aMessage({ state: 'APPROVED', redactedText: redacted }));
    server.use(
      http.get('/api/cases/{caseId}/messages/{id}/letter.pdf', ({ request }) => {
        auth = request.headers.get('Authorization');
        return new Response(new TextEncoder().encode('%PDF-1.7'), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const tab = { location: { href: '' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:letter-1'), revokeObjectURL: vi.fn() });
    const user = userEvent.setup();
    renderApp({ path, roles: ['mediator'] });
    await user.click(await screen.findByTestId('print-letter'));
    await waitFor(() => expect(tab.location.href).toBe('blob:letter-1'));
    expect(auth).toBe('Bearer test-token');
  });
});
