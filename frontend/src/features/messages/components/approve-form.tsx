import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/form-fields';
import { useApproveMessage } from '../api/approve-message';
import { acceptedFiles, etagOf, type MessageView } from '../api/types';
import { useUploadMessageFile } from '../api/upload-message-file';
import { UploadField } from './upload-field';

/**
 * Approval: as it is, or with a redacted text and/or a redacted file. The file goes up first (it answers with the
 * new version), then the approval is sent with If-Match of that version.
 */
export function ApproveForm({ message, onDone, onCancel }: { message: MessageView; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const approve = useApproveMessage();
  const upload = useUploadMessageFile();
  const [redactedText, setRedactedText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const takesFile = message.kind === 'LETTER' || message.kind === 'VIDEO_MESSAGE';

  const send = (current: MessageView) => {
    const text = redactedText.trim() ? redactedText : undefined;
    approve.mutate({ caseId: current.caseId, id: current.id, etag: etagOf(current), redactedText: text }, { onSuccess: onDone });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (redactedText.length > 20000) return setError(t('validation.tooLong', { max: 20000 }));
    setError(undefined);
    if (file) {
      setProgress(0);
      upload.mutate({ caseId: message.caseId, id: message.id, role: 'redacted', file, onProgress: setProgress }, { onSuccess: send });
    } else {
      send(message);
    }
  };

  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="approve-form">
      <h3>{t('messages.actions.approveTitle')}</h3>
      <p className="ro-hint">{t('messages.actions.approveHint')}</p>
      {approve.error ? <ErrorAlert error={approve.error} /> : null}
      <TextField name="redactedText" multiline label={t('messages.fields.redactedText')} hint={t('messages.actions.redactedHint')} value={redactedText} onChange={setRedactedText} error={error} />
      {message.originalText ? (
        <button type="button" className="ro-button ro-button--secondary ro-button--small" onClick={() => setRedactedText(message.originalText ?? '')} data-testid="copy-original">
          {t('messages.actions.copyOriginal')}
        </button>
      ) : null}
      {takesFile ? (
        <UploadField
          name="redacted"
          label={t('messages.fields.redactedFile')}
          hint={message.kind === 'LETTER' ? t('messages.upload.letterHint') : t('messages.upload.videoHint')}
          accept={acceptedFiles[message.kind]}
          onFile={setFile}
          progress={progress}
          error={upload.error}
          disabled={upload.isPending || approve.isPending}
        />
      ) : null}
      <div className="ro-actions">
        <button type="submit" className="ro-button ro-button--primary" disabled={upload.isPending || approve.isPending} data-testid="confirm-approve">
          {t('messages.actions.approve')}
        </button>
        <button type="button" className="ro-button ro-button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
