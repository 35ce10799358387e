import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { changeLanguage } from '../../../lib/i18n/i18n';
import { caseId, harmedId, http, offenderId, server } from '../../../test/server';
import type { TimelineEntry } from '../api/types';
import { TimelineSection } from './timeline-section';

const claire = { username: 'coordinator1', displayName: 'Claire Coordinator' };
const martin = { username: 'mediator1', displayName: 'Martin Mediator' };
const messageId = '9a8b7c6d-0000-4000-8000-000000000001';

function entry(seq: number, kind: string, summary: string, details: TimelineEntry['details']): TimelineEntry {
  return { seq, at: '2026-03-12T10:00:00Z', actor: 'coordinator1', actorName: claire, kind, summary, details };
}

const entries: TimelineEntry[] = [
  entry(1, 'OPENED', 'Opened from 2 referral(s); mediators mediator1', { wording: 'OPENED', referrals: 2, mediators: [martin] }),
  entry(2, 'STAGE', 'PREPARATION → DIALOGUE', { wording: 'STAGE', from: 'PREPARATION', to: 'DIALOGUE' }),
  entry(3, 'WAYS', 'Ways of communicating: LETTERS', { wording: 'WAYS', ways: ['LETTERS', 'SHUTTLE'] }),
  entry(4, 'CONSENT', 'Marc Roy consents to LETTERS (SIGNED_FORM)', { wording: 'CONSENT_HOW', participant: 'Marc Roy', way: 'LETTERS', how: 'SIGNED_FORM' }),
  entry(5, 'SAFETY_ASSESSMENT', 'Safety assessment of Hélène Tremblay: LOW; next due 2027-02-28',
    { wording: 'SAFETY_ASSESSMENT', participant: 'Hélène Tremblay', riskLevel: 'LOW', nextDue: '2027-02-28' }),
  entry(6, 'MESSAGE', 'Message approved', { wording: 'MESSAGE_APPROVED', messageId, messageKind: 'LETTER', authorId: harmedId, author: 'Hélène Tremblay', recipientId: offenderId, recipient: 'Marc Roy' }),
  entry(7, 'SOMETHING_NEW', 'Something new happened', { wording: 'SOMETHING_NEW' }),
];

function show() {
  server.use(
    http.get('/api/cases/{id}/timeline', ({ response }) =>
      response(200).json({ items: entries, total: entries.length, totalIsExact: true, page: 0, size: 20, next: null })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/cases/:id', element: <TimelineSection caseId={caseId} /> }], { initialEntries: [`/cases/${caseId}`] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function rows() {
  const found = await screen.findAllByTestId('timeline-entry');
  return found.map((r) => r.textContent ?? '');
}

const codes = ['PREPARATION', 'DIALOGUE', 'LETTERS', 'SHUTTLE', 'SIGNED_FORM', 'LOW', 'LETTER', 'coordinator1', 'mediator1', '2027-02-28'];

describe('the case timeline', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('words every entry in English from its details, with labels, dates and display names, never codes', async () => {
    await changeLanguage('en');
    show();
    const text = await rows();
    expect(text[0]).toContain('Claire Coordinator');
    expect(text[0]).toContain('Case opened from 2 referral(s); mediators: Martin Mediator');
    expect(text[1]).toContain('Stage moved from Preparation to Dialogue');
    expect(text[2]).toContain('Ways of communicating chosen: Letters, Mediator as go-between (shuttle)');
    expect(text[3]).toContain('Marc Roy consents to Letters (Signed form)');
    expect(text[4]).toContain('Safety assessment of Hélène Tremblay: Low risk; next one due February 28, 2027');
    expect(text[5]).toContain('Message approved: letter from Hélène Tremblay to Marc Roy');
    expect(text[6]).toContain('Something new happened');
    for (const code of codes) expect(text.join(' ')).not.toContain(code);
    const message = screen.getByTestId('timeline-open-message');
    expect(message).toHaveAttribute('href', `/cases/${caseId}/messages/${messageId}`);
  });

  it('words them in French with the French labels and dates', async () => {
    await changeLanguage('fr');
    show();
    const text = await rows();
    expect(text[1]).toContain('Étape passée de « Préparation » à « Dialogue »');
    expect(text[3]).toContain('Marc Roy consent au mode « Lettres » (Formulaire signé)');
    expect(text[4]).toContain('Risque faible; prochaine prévue le 28 février 2027');
    expect(text[5]).toContain('Message approuvé : lettre de Hélène Tremblay à Marc Roy');
    expect(text[0]).toContain('12 mars 2026');
    for (const code of codes) expect(text.join(' ')).not.toContain(code);
  });
});
