import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date';
import type { CaseParticipantView, MessageView } from '../api/types';
import { MessageBadges } from './message-badges';
import { participantOf, useMessageLabels } from './message-labels';
import { DataTable } from '../../../components/data-table';

/** A case's messages: kind, author → recipient, state (and held), recorded when. */
export function MessagesTable({ caseId, messages, participants }: { caseId: string; messages: readonly MessageView[]; participants: readonly CaseParticipantView[] }) {
  const { t, i18n } = useTranslation();
  const labels = useMessageLabels();
  return (
    <DataTable data-testid="messages-table">
      <caption className="ro-visually-hidden">{t('messages.list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('messages.fields.kind')}</th>
          <th scope="col">{t('messages.list.fromTo')}</th>
          <th scope="col">{t('messages.fields.state')}</th>
          <th scope="col">{t('messages.list.recorded')}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((m) => (
          <tr key={m.id} data-testid="message-row" data-message-id={m.id}>
            <td>
              <Link to={`/cases/${caseId}/messages/${m.id}`} data-testid="open-message">
                {labels.kind(m.kind)}
              </Link>
            </td>
            <td data-testid="message-parties">
              {t('messages.list.parties', { author: labels.name(participantOf(participants, m.authorId)), recipient: labels.name(participantOf(participants, m.recipientId)) })}
            </td>
            <td>
              <MessageBadges message={m} />
            </td>
            <td>{formatDate(m.createdAt, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
