import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useAuthorCopy } from '../api/get-author-copy';
import { useRecipientCopy } from '../api/get-recipient-copy';
import { approvedStates, type MessageView } from '../api/types';
import { MessageFile } from './message-file';
import { useMessageLabels } from './message-labels';
import { PrintLetterButton } from './print-letter-button';

/** What the recipient's side is given: the approved version only, read from the API (never the original). */
export function RecipientCopyPanel({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const approved = approvedStates.includes(message.state);
  const query = useRecipientCopy(message.caseId, message.id, approved);
  return (
    <section aria-labelledby="recipient-copy-heading" className="ro-block ro-panel" data-testid="recipient-copy">
      <h2 id="recipient-copy-heading">{t('messages.recipientCopy.title')}</h2>
      {!approved ? <p className="ro-muted" data-testid="recipient-copy-none">{t('messages.recipientCopy.notApproved')}</p> : null}
      {approved && query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          {query.data.text ? <p className="ro-pre" data-testid="recipient-copy-text">{query.data.text}</p> : <p className="ro-muted">{t('messages.versions.noText')}</p>}
          {query.data.file ? <MessageFile caseId={message.caseId} messageId={message.id} file={query.data.file} testId="recipient-copy-file" /> : null}
          {message.kind === 'LETTER' ? <PrintLetterButton caseId={message.caseId} messageId={message.id} /> : null}
        </>
      ) : null}
    </section>
  );
}

/** What the author's side may be told: received only when the recipient agreed. */
export function AuthorCopyPanel({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const labels = useMessageLabels();
  const query = useAuthorCopy(message.caseId, message.id);
  return (
    <section aria-labelledby="author-copy-heading" className="ro-block ro-panel" data-testid="author-copy">
      <h2 id="author-copy-heading">{t('messages.authorCopy.title')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? (
        <p>
          <span className="ro-badge ro-badge--submitted" data-testid="author-copy-status" data-status={query.data.status}>
            {labels.authorStatus(query.data.status)}
          </span>{' '}
          {t(`messages.authorCopy.explain.${query.data.status}`)}
        </p>
      ) : null}
    </section>
  );
}
