import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date';
import { approvedStates, type MessageView } from '../api/types';
import { MessageFile } from './message-file';
import { staffName } from '../../../components/staff-name';

/** The original (as recorded) and the approved version (redacted, or the original as it is), side by side. */
export function MessageVersions({ message }: { message: MessageView }) {
  const { t, i18n } = useTranslation();
  const approved = approvedStates.includes(message.state);
  const redacted = message.redactedText != null || message.redactedFile != null;
  return (
    <section aria-labelledby="versions-heading" className="ro-block" data-testid="message-versions">
      <h2 id="versions-heading">{t('messages.versions.title')}</h2>
      <div className="ro-side-by-side">
        <article className="ro-card" data-testid="original-version" aria-labelledby="original-heading">
          <h3 id="original-heading">{t('messages.versions.original')}</h3>
          {message.originalText ? <p className="ro-pre" data-testid="original-text">{message.originalText}</p> : <p className="ro-muted">{t('messages.versions.noText')}</p>}
          {message.originalFile ? <MessageFile caseId={message.caseId} messageId={message.id} file={message.originalFile} testId="original-file" /> : null}
        </article>
        <article className="ro-card" data-testid="approved-version" aria-labelledby="approved-heading">
          <h3 id="approved-heading">{redacted ? t('messages.versions.redacted') : t('messages.versions.approved')}</h3>
          {redacted ? (
            <>
              {message.redactedText != null ? <p className="ro-pre" data-testid="redacted-text">{message.redactedText}</p> : message.originalText ? <p className="ro-muted">{t('messages.versions.textAsIs')}</p> : null}
              {message.redactedFile ? <MessageFile caseId={message.caseId} messageId={message.id} file={message.redactedFile} testId="redacted-file" /> : null}
            </>
          ) : (
            <p className="ro-muted" data-testid="approved-status">
              {approved ? t('messages.versions.asIs') : t('messages.versions.notYet')}
            </p>
          )}
          {message.fileCheckedBy ? (
            <p className="ro-small" data-testid="file-checked">
              {t('messages.versions.fileChecked', { name: staffName(message.fileCheckedByName, message.fileCheckedBy), date: formatDate(message.fileCheckedAt, i18n.language) })}
            </p>
          ) : null}
        </article>
      </div>
    </section>
  );
}
