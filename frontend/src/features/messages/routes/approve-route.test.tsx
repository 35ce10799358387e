import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../lib/api/schema';
import { FakeXhr } from '../../../test/fake-xhr';
import { aCase, aMessage, caseId, http, messageId, server } from '../../../test/server';
import { renderApp } from '../../../test/render-app';

type MessageView = components['schemas']['MessageView'];

const path = `/cases/${caseId}/messages/${messageId}`;
const scan = { id: '9f8e7d6c-0000-4000-8000-00000000000a', contentType: 'image/png', sizeBytes: 2048, sha256: 'ab'.repeat(32) };
const redactedScan = { ...scan, id: '9f8e7d6c-0000-4000-8000-00000000000b' };

function serve(message: MessageView) {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase({ stage: 'DIALOGUE', ways: ['LETTERS'] }))),
    http.get('/api/cases/{caseId}/messages/{id}', ({ response }) => response(200).json(message)),
    http.get('/api/cases/{caseId}/messages/{id}/author-copy', ({ response }) => response(200).json({ messageId, kind: message.kind, status: 'IN_PREPARATION' })),
    http.get('/api/cases/{caseId}/messages/{id}/recipient-copy', ({ response }) => response(200).json({ messageId, kind: message.kind, text: null, file: null })),
  );
}

/** Serves the approval; returns what it was sent. */
function answerApproval(answer: (body: unknown) => Response | undefined) {
  const sent: { body?: unknown; ifMatch?: string | null } = {};
  server.use(
    http.post('/api/cases/{caseId}/messages/{id}/approve', async ({ request, response }) => {
      sent.body = await request.json();
      sent.ifMatch = request.headers.get('If-Match');
      return answer(sent.body) ?? response(200).json(aMessage({ state: 'APPROVED', version: 9 }));
    }),
  );
  return sent;
}

async function openApproval() {
  const user = userEvent.setup();
  renderApp({ path, roles: ['mediator'] });
  await user.click(await screen.findByTestId('approve-message'));
  return { user, form: screen.getByTestId('approve-form') };
}

describe('approving a message', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.last = undefined;
  });

  it('asks a decision for the text and for the scan, and the statement on the scan, before sending anything', async () => {
    serve(aMessage({ state: 'IN_REVIEW', originalFile: scan }));
    const sent = answerApproval(() => undefined);
    const { user, form } = await openApproval();
    await user.click(within(form).getByTestId('confirm-approve'));
    expect(within(form).getByTestId('field-textDecision-error')).toHaveTextContent('Decide whether the text goes as it is or redacted.');
    expect(within(form).getByTestId('field-fileDecision-error')).toHaveTextContent('Decide whether the file goes as it is or redacted.');
    expect(within(form).getByTestId('field-fileCheckedForContactDetails-error')).toBeInTheDocument();
    expect(sent.body).toBeUndefined();

    await user.click(within(within(form).getByTestId('field-textDecision')).getByLabelText('As it is'));
    await user.click(within(within(form).getByTestId('field-fileDecision')).getByLabelText('As it is'));
    await user.click(within(form).getByLabelText(/I checked the file for contact details/));
    await user.click(within(form).getByTestId('confirm-approve'));
    await waitFor(() => expect(sent.body).toEqual({ textDecision: 'AS_IS', fileDecision: 'AS_IS', fileCheckedForContactDetails: true }));
  });

  it("shows the API's refusal at its field: a contact detail named masked", async () => {
    serve(aMessage({ state: 'IN_REVIEW' }));
    answerApproval(() =>
      Response.json(
        {
          type: '/problems/message-approve-contact-detail',
          title: 'The request cannot be carried out as it is',
          status: 422,
          detail: "The text to relay still holds a recorded contact detail of the author's side: redact it before approving.",
          errors: [{ field: 'textDecision', rule: 'ContactDetail', message: 'The text still holds a phone number ending 0100.' }],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const { user, form } = await openApproval();
    await user.click(within(form).getByLabelText('As it is'));
    await user.click(within(form).getByTestId('confirm-approve'));
    expect(await within(form).findByTestId('field-textDecision-error')).toHaveTextContent('a phone number ending 0100');
    expect(within(form).getByTestId('error-alert')).toHaveTextContent('redact it before approving');
    expect(screen.getByTestId('message-state')).toHaveTextContent('In screening');
  });

  it('uploads the redacted scan first, then approves with the version it answered', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    serve(aMessage({ state: 'IN_REVIEW', version: 4, originalText: null, originalFile: scan }));
    const sent = answerApproval(() => undefined);
    const { user, form } = await openApproval();
    expect(within(form).queryByTestId('field-textDecision')).not.toBeInTheDocument();
    await user.click(within(form).getByLabelText('Redacted'));
    await user.click(within(form).getByLabelText(/I checked the file for contact details/));
    await user.click(within(form).getByTestId('confirm-approve'));
    expect(within(form).getByTestId('field-redacted-error')).toHaveTextContent('Choose the redacted file to upload.');
    const file = new File(['\x89PNG redacted'], 'redacted.png', { type: 'image/png' });
    await user.upload(within(form).getByTestId('redacted-file'), file);
    await user.click(within(form).getByTestId('confirm-approve'));
    await waitFor(() => expect(FakeXhr.last?.body).toBe(file));
    expect(FakeXhr.last!.url).toMatch(/\/uploads\/redacted$/);
    act(() => FakeXhr.last!.respond(200, aMessage({ state: 'IN_REVIEW', version: 5, originalText: null, originalFile: scan, redactedFile: redactedScan })));
    await waitFor(() => expect(sent.body).toEqual({ fileDecision: 'REDACTED', fileCheckedForContactDetails: true }));
    expect(sent.ifMatch).toBe('"5"');
  });

  it('shows who checked the file and when once approved', async () => {
    serve(aMessage({ state: 'APPROVED', originalFile: scan, textDecision: 'AS_IS', fileDecision: 'AS_IS', fileCheckedBy: 'mediator1', fileCheckedAt: '2026-03-15T10:00:00Z' }));
    renderApp({ path, roles: ['mediator'] });
    expect(await screen.findByTestId('file-checked')).toHaveTextContent('File checked for contact details by mediator1');
  });
});
