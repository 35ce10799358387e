import { act, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '../../../lib/i18n/i18n';
import userEvent from '@testing-library/user-event';
import { aCase, aCaseParticipant, aMessage, caseId, harmedId, http, messageId, messageOptions, offenderId, server } from '../../../test/server';
import { FakeXhr } from '../../../test/fake-xhr';
import { renderApp } from '../../../test/render-app';

const familyId = '8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';
const supportId = '8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2e';

function caseWithFamily() {
  const base = aCase({ stage: 'DIALOGUE', ways: ['LETTERS'] });
  return {
    ...base,
    participants: [
      ...base.participants,
      aCaseParticipant({ participantId: familyId, kind: 'FAMILY_MEMBER', firstName: 'Luc', lastName: 'Tremblay', side: 'HARMED' }),
      // a support person never writes nor receives a message: offered neither as author nor as recipient
      aCaseParticipant({ participantId: supportId, kind: 'SUPPORT_PERSON', firstName: 'Paul', lastName: 'Gagnon', side: 'HARMED', joinedLater: true, supports: harmedId }),
    ],
  };
}

function serve(messages = [aMessage()]) {
  server.use(
    http.get('/api/cases/{id}', ({ response }) => response(200).json(caseWithFamily())),
    http.get('/api/cases/{caseId}/messages', ({ response }) => response(200).json(messages)),
  );
}

describe("a case's messages", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.last = undefined;
  });

  it('lists messages with kind, author → recipient, state and the held badge', async () => {
    serve([aMessage(), aMessage({ id: '0a0b0c0d-0000-4000-8000-000000000002', kind: 'VIDEO_MESSAGE', authorId: offenderId, recipientId: harmedId, state: 'APPROVED', held: true })]);
    renderApp({ path: `/cases/${caseId}/messages`, roles: ['mediator'] });
    const rows = await screen.findAllByTestId('message-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Letter');
    expect(within(rows[0]!).getByTestId('message-parties')).toHaveTextContent('Hélène Tremblay → Marc Roy');
    expect(within(rows[0]!).getByTestId('message-state')).toHaveTextContent('Draft');
    expect(within(rows[0]!).queryByTestId('message-held')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByTestId('message-parties')).toHaveTextContent('Marc Roy → Hélène Tremblay');
    expect(within(rows[1]!).getByTestId('message-state')).toHaveTextContent('Approved');
    expect(within(rows[1]!).getByTestId('message-held')).toHaveTextContent('Held');
    expect(within(rows[0]!).getByTestId('open-message')).toHaveAttribute('href', `/cases/${caseId}/messages/${messageId}`);
  });

  it('records a letter: only participants on the other side are offered as recipients, and the body is sent', async () => {
    let body: unknown;
    serve([]);
    server.use(
      // before the message's own path: "options" is not a message id
      http.get('/api/cases/{caseId}/messages/options', ({ response }) => response(200).json(messageOptions())),
      http.post('/api/cases/{caseId}/messages', async ({ request, response }) => {
        body = await request.json();
        return response(201).json(aMessage({ originalText: 'Dear Marc.' }));
      }),
      http.get('/api/cases/{caseId}/messages/{id}', ({ response }) => response(200).json(aMessage({ originalText: 'Dear Marc.' }))),
      http.get('/api/cases/{caseId}/messages/{id}/author-copy', ({ response }) => response(200).json({ messageId, kind: 'LETTER', status: 'IN_PREPARATION' })),
    );
    const user = userEvent.setup();
    const { router } = renderApp({ path: `/cases/${caseId}/messages`, roles: ['mediator'] });
    expect(await screen.findByTestId('no-messages')).toBeInTheDocument();
    await user.click(screen.getByTestId('record-message'));
    const form = screen.getByTestId('record-message-form');
    // Nothing is sent while required choices are missing.
    await user.click(within(form).getByTestId('save-message'));
    expect(within(form).getByTestId('field-kind-error')).toHaveTextContent('Choose the kind of message.');
    expect(body).toBeUndefined();

    await user.selectOptions(within(form).getByLabelText(/^Kind of message/), 'LETTER');
    const authors = within(within(form).getByLabelText(/^From \(author\)/)).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(authors).toEqual([harmedId, offenderId, familyId]);
    await user.selectOptions(within(form).getByLabelText(/^From \(author\)/), harmedId);
    const recipient = within(form).getByLabelText(/^To \(recipient\)/);
    const offered = within(recipient).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(offered).toEqual([offenderId]);
    await user.selectOptions(recipient, offenderId);
    await user.type(within(form).getByLabelText(/^Text/), 'Dear Marc.');
    await user.click(within(form).getByTestId('save-message'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${caseId}/messages/${messageId}`));
    expect(body).toEqual({ kind: 'LETTER', authorId: harmedId, recipientId: offenderId, text: 'Dear Marc.' });
    expect(await screen.findByTestId('success-notice')).toBeInTheDocument();

    // From the offender, both people on the harmed side are offered.
    await user.click(screen.getByTestId('back-to-messages'));
    await user.click(await screen.findByTestId('record-message'));
    await user.selectOptions(screen.getByLabelText(/^From \(author\)/), offenderId);
    const back = within(screen.getByLabelText(/^To \(recipient\)/)).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(back).toEqual([harmedId, familyId]);
  });

  it('uploads the scan with a progress bar, and shows the AllowedType refusal', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    serve([]);
    server.use(http.post('/api/cases/{caseId}/messages', ({ response }) => response(201).json(aMessage())));
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}/messages`, roles: ['mediator'] });
    await user.click(await screen.findByTestId('record-message'));
    const form = screen.getByTestId('record-message-form');
    await user.selectOptions(within(form).getByLabelText(/^Kind of message/), 'LETTER');
    const authors = within(within(form).getByLabelText(/^From \(author\)/)).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(authors).toEqual([harmedId, offenderId, familyId]);
    await user.selectOptions(within(form).getByLabelText(/^From \(author\)/), harmedId);
    await user.selectOptions(within(form).getByLabelText(/^To \(recipient\)/), offenderId);
    const scan = new File(['GIF89a: a picture renamed .pdf'], 'letter.pdf', { type: 'application/pdf' });
    await user.upload(within(form).getByTestId('original-file'), scan);
    await user.click(within(form).getByTestId('save-message'));

    await waitFor(() => expect(FakeXhr.last?.body).toBe(scan));
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toMatch(new RegExp(`/api/cases/${caseId}/messages/${messageId}/uploads/original$`));
    expect(xhr.headers).toMatchObject({ Authorization: 'Bearer test-token', 'Accept-Language': 'en', 'Content-Type': 'application/octet-stream' });
    act(() => xhr.progress(40, 100));
    const bar = await within(form).findByTestId('original-progress');
    expect(bar).toHaveAttribute('value', '40');
    expect(within(form).getByText('Uploading letter.pdf: 40%')).toBeInTheDocument();
    act(() =>
      xhr.respond(400, {
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        errors: [{ field: 'body', rule: 'AllowedType', message: 'Letters take PDF, JPEG or PNG.' }],
      }),
    );
    expect(await within(form).findByTestId('original-upload-rule')).toHaveTextContent('This type of file is not accepted');
    expect(within(form).getByTestId('error-alert')).toHaveTextContent('Letters take PDF, JPEG or PNG.');
    expect(within(form).getByTestId('draft-recorded')).toHaveTextContent('recorded as a draft');
  });

  it('cancels an upload in progress: the request is aborted, the bar goes, and it says nothing was kept', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    serve([]);
    server.use(http.post('/api/cases/{caseId}/messages', ({ response }) => response(201).json(aMessage())));
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}/messages`, roles: ['mediator'] });
    await user.click(await screen.findByTestId('record-message'));
    const form = screen.getByTestId('record-message-form');
    await user.selectOptions(within(form).getByLabelText(/^Kind of message/), 'LETTER');
    await user.selectOptions(within(form).getByLabelText(/^From \(author\)/), harmedId);
    await user.selectOptions(within(form).getByLabelText(/^To \(recipient\)/), offenderId);
    const scan = new File(['%PDF-1.4 a scan'], 'letter.pdf', { type: 'application/pdf' });
    await user.upload(within(form).getByTestId('original-file'), scan);
    await user.click(within(form).getByTestId('save-message'));
    await waitFor(() => expect(FakeXhr.last?.body).toBe(scan));
    const xhr = FakeXhr.last!;
    act(() => xhr.progress(25, 100));
    expect(await within(form).findByText('Uploading letter.pdf: 25%')).toBeInTheDocument();

    await user.click(within(form).getByTestId('original-cancel-upload'));
    expect(xhr.aborted).toBe(true);
    expect(within(form).queryByTestId('original-progress')).not.toBeInTheDocument();
    expect(within(form).getByTestId('original-upload-cancelled')).toHaveTextContent('nothing of the file was kept');
    expect(within(form).queryByTestId('error-alert')).not.toBeInTheDocument();
    expect(within(form).getByTestId('draft-recorded')).toBeInTheDocument();
    expect(within(form).getByTestId('save-message')).toHaveTextContent('Upload the file again');
  });

  it('is linked from the case workspace', async () => {
    server.use(
      http.get('/api/cases/{id}', ({ response }) => response(200).json(aCase())),
      http.get('/api/cases/{id}/safety-assessments', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/meetings', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/notes', ({ response }) => response(200).json([])),
      http.get('/api/cases/{id}/timeline', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 20 })),
    );
    renderApp({ path: `/cases/${caseId}`, roles: ['coordinator'] });
    expect(await screen.findByTestId('open-case-messages')).toHaveAttribute('href', `/cases/${caseId}/messages`);
    await screen.findByTestId('timeline-section').catch(() => undefined);
  });

  it('refuses staff', async () => {
    renderApp({ path: `/cases/${caseId}/messages`, roles: ['staff'] });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('offers only the kinds the rules allow between author and recipient, and says why not the others, in English and French', async () => {
    serve([]);
    server.use(
      http.get('/api/cases/{caseId}/messages/options', ({ response }) =>
        response(200).json(messageOptions([{ action: 'VIDEO_MESSAGE', reason: 'The recipient has not agreed to receive this kind of message.' }])),
      ),
    );
    const user = userEvent.setup();
    renderApp({ path: `/cases/${caseId}/messages`, roles: ['mediator'] });
    expect(await screen.findByTestId('no-messages')).toBeInTheDocument();
    await user.click(screen.getByTestId('record-message'));
    const form = screen.getByTestId('record-message-form');
    const kinds = () => within(within(form).getByLabelText(/^Kind of message/)).getAllByRole('option').map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    await vi.waitFor(() => expect(kinds()).toEqual(['LETTER', 'RELAYED_MESSAGE']));
    await user.selectOptions(within(form).getByLabelText(/^From \(author\)/), harmedId);
    await user.selectOptions(within(form).getByLabelText(/^To \(recipient\)/), offenderId);
    expect(within(form).getByTestId('refused-kinds')).toHaveTextContent('Video message — not available: The recipient has not agreed to receive this kind of message.');
    await act(() => changeLanguage('fr'));
    expect(within(form).getByTestId('refused-kinds')).toHaveTextContent('non disponible');
  });
});
