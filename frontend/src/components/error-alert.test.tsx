import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { api } from '../lib/api/client';
import { ApiError, unwrap } from '../lib/api/problem';
import { refusedHeadings } from '../lib/api/refused-headings';
import { changeLanguage } from '../lib/i18n/i18n';
import { noticeMutationCache, placeChanged } from '../lib/notices';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { http, server } from '../test/server';
import { ErrorAlert } from './error-alert';
import { SuccessNotice } from './success-notice';

const id = '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
const conflict = { type: '/problems/referral-accept-no-assessment', title: 'Conflict', status: 409, requestId: 'req-42' };

/** An action button and a second one; the alert of the first action's error, a success banner shown before both. */
function Actions() {
  const accept = useMutation({ mutationFn: async () => unwrap(await api.POST('/api/referrals/{id}/accept', { params: { path: { id } } })) });
  const other = useMutation({ mutationFn: async () => unwrap(await api.POST('/api/referrals/{id}/withdraw', { params: { path: { id } } })) });
  return (
    <>
      <SuccessNotice heading="Recorded" />
      {accept.error ? <ErrorAlert error={accept.error} /> : null}
      <button onClick={() => accept.mutate()}>accept</button>
      <button onClick={() => other.mutate()}>other</button>
    </>
  );
}

function headingOf(alert: HTMLElement): string | null {
  // the GCDS element draws its heading itself (not under jsdom): the alert names it on its wrapper too
  return alert.getAttribute('data-heading');
}

describe('a refusal', () => {
  beforeEach(() => {
    server.use(
      http.post('/api/referrals/{id}/accept', ({ response }) =>
        response(409).json({ ...conflict, detail: 'A referral is accepted only after a finalised suitable assessment.' }),
      ),
      http.post('/api/referrals/{id}/withdraw', ({ response }) => response(409).json({ ...conflict, detail: 'Not now.' })),
    );
  });

  it('is headed by what was refused, with the reason as its body and the reference small, in English and French', async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient({ mutationCache: noticeMutationCache() })}>
        <Actions />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'accept' }));
    const alert = await screen.findByTestId('error-alert');
    expect(headingOf(alert)).toBe('The referral was not accepted');
    expect(headingOf(alert)).not.toBe('Conflict');
    expect(alert).toHaveTextContent('A referral is accepted only after a finalised suitable assessment.');
    expect(alert.querySelector('.ro-small')).toHaveTextContent('req-42');
    await act(() => changeLanguage('fr'));
    expect(headingOf(screen.getByTestId('error-alert'))).toBe("Le renvoi n'a pas été accepté");
  });

  it('names the change when the operation has no heading of its own, a read keeps the problem title, and an action may say it', () => {
    const { rerender } = render(<ErrorAlert error={new ApiError(409, { ...conflict, detail: 'No.' }, 'POST /api/not-listed')} />);
    expect(headingOf(screen.getByTestId('error-alert'))).toBe('The change was not made');
    rerender(<ErrorAlert error={new ApiError(409, { ...conflict, detail: 'No.' }, 'GET /api/referrals/{id}')} />);
    expect(headingOf(screen.getByTestId('error-alert'))).toBe('Conflict');
    rerender(<ErrorAlert action="The case was not closed" error={new ApiError(409, { ...conflict, detail: 'No.' }, 'POST /api/cases/{id}/stage')} />);
    expect(headingOf(screen.getByTestId('error-alert'))).toBe('The case was not closed');
  });

  it('has a heading in both languages for every change the contract lists', () => {
    const contract = readFileSync(resolve(__dirname, '../../../openapi.yaml'), 'utf8');
    const changes: string[] = [];
    let path = '';
    for (const line of contract.split('\n')) {
      const pathLine = /^ {2}(\/\S+):$/.exec(line);
      if (pathLine) path = pathLine[1] ?? '';
      const method = /^ {4}(post|put|delete|patch):$/.exec(line);
      if (method && path) changes.push(`${(method[1] ?? '').toUpperCase()} ${path}`);
    }
    expect(changes.length).toBeGreaterThan(40);
    expect(changes.filter((c) => !(c in refusedHeadings))).toEqual([]);
    for (const key of Object.values(refusedHeadings)) {
      expect(en.refused[key]).toBeTruthy();
      expect(fr.refused[key]).toBeTruthy();
      expect(fr.refused[key]).not.toBe(en.refused[key]);
    }
  });
});

describe('an old banner', () => {
  beforeEach(() => {
    server.use(
      http.post('/api/referrals/{id}/accept', ({ response }) => response(409).json({ ...conflict, detail: 'Refused.' })),
      http.post('/api/referrals/{id}/withdraw', ({ response }) => response(409).json({ ...conflict, detail: 'Not now.' })),
    );
  });

  it('is gone after the next action, failed or not, and an error is gone once the reader moves on', async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient({ mutationCache: noticeMutationCache() })}>
        <Actions />
      </QueryClientProvider>,
    );
    expect(screen.getByTestId('success-notice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'accept' }));
    expect(await screen.findByTestId('error-alert')).toBeInTheDocument();
    // the success banner from before is gone with the first action
    expect(screen.queryByTestId('success-notice')).not.toBeInTheDocument();
    // another action (refused too, its alert elsewhere): the first action's alert is old now
    await user.click(screen.getByRole('button', { name: 'other' }));
    await vi.waitFor(() => expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument());
    // the same action again: its new error shows, then moving to another record takes it away
    await user.click(screen.getByRole('button', { name: 'accept' }));
    expect(await screen.findByTestId('error-alert')).toBeInTheDocument();
    act(() => placeChanged());
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
  });
});
