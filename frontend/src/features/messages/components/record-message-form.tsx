import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextField } from '../../../components/form-fields';
import { FormActions } from '../../../components/form-parts';
import { useNewMessageOptions } from '../api/new-message-options';
import { useRecordMessage } from '../api/record-message';
import { acceptedFiles, messageKinds, type CaseParticipantView, type MessageKind, type MessageView } from '../api/types';
import { useFileUpload } from '../api/use-file-upload';
import { useMessageLabels } from './message-labels';
import { UploadField } from './upload-field';

interface RecordMessageFormProps {
  caseId: string;
  participants: readonly CaseParticipantView[];
  onCancel: () => void;
}

type Errors = Partial<Record<'kind' | 'authorId' | 'recipientId' | 'text' | 'file', string>>;

/** Records a message for one participant, addressed to a participant on the other side; a scan or a video goes up with it. */
export function RecordMessageForm({ caseId, participants, onCancel }: RecordMessageFormProps) {
  const { t } = useTranslation();
  const labels = useMessageLabels();
  const navigate = useNavigate();
  const record = useRecordMessage();
  const upload = useFileUpload();
  const [kind, setKind] = useState<MessageKind | ''>('');
  const [authorId, setAuthorId] = useState('');
  const [recipientId, setRecipientId] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [draft, setDraft] = useState<MessageView>();

  // a support person never writes nor receives a message (the relay refuses one): neither author nor recipient
  const messaging = participants.filter((p) => p.kind !== 'SUPPORT_PERSON');
  const author = messaging.find((p) => p.participantId === authorId);
  const recipients = author ? messaging.filter((p) => p.side !== author.side) : [];
  const option = (p: CaseParticipantView) => ({ value: p.participantId, label: `${labels.name(p)} (${labels.side(p.side)})` });
  // only the kinds the rules allow between these two now (the case chose the way, the recipient agreed to it)
  const options = useNewMessageOptions(caseId);
  const pairs = (options.data?.pairs ?? []).filter((p) => (!authorId || p.authorId === authorId) && (!recipientId || p.recipientId === recipientId));
  const pair = authorId && recipientId ? pairs[0] : undefined;
  const offered = options.data ? messageKinds.filter((k) => pairs.some((p) => p.allowedKinds.includes(k))) : [...messageKinds];
  const refusedKinds = pair?.refusedKinds ?? [];
  const takesFile = kind === 'LETTER' || kind === 'VIDEO_MESSAGE';
  const busy = record.isPending || upload.isPending;

  const validate = (): Errors => {
    const out: Errors = {};
    if (!kind) out.kind = t('messages.record.errors.kind');
    else if (!offered.includes(kind)) out.kind = refusedKinds.find((r) => r.action === kind)?.reason ?? t('offered.messageKindsNone');
    if (!authorId) out.authorId = t('messages.record.errors.author');
    if (!recipientId) out.recipientId = t('messages.record.errors.recipient');
    if (text.length > 20000) out.text = t('validation.tooLong', { max: 20000 });
    if (kind === 'VIDEO_MESSAGE' && !file) out.file = t('messages.record.errors.video');
    if ((kind === 'LETTER' || kind === 'RELAYED_MESSAGE') && !text.trim() && !file) out.text = t('messages.record.errors.text');
    return out;
  };

  const sendFile = (message: MessageView, chosen: File) => {
    upload.start({ caseId, id: message.id, role: 'original', file: chosen }, (view) =>
      void navigate(`/cases/${caseId}/messages/${view.id}`, { state: { notice: 'recorded' } }),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft && file) return sendFile(draft, file);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length || !kind) return;
    const body = { kind, authorId, recipientId, ...(text.trim() ? { text } : {}) };
    record.mutate(
      { caseId, body },
      {
        onSuccess: (message) => {
          setDraft(message);
          if (takesFile && file) sendFile(message, file);
          else void navigate(`/cases/${caseId}/messages/${message.id}`, { state: { notice: 'recorded' } });
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="record-message-form">
      <h2>{t('messages.record.title')}</h2>
      {record.error ? <ErrorAlert error={record.error} /> : null}
      <SelectField
        name="kind"
        label={t('messages.fields.kind')}
        required
        value={kind}
        placeholder={t('messages.record.choose')}
        options={offered.map((k) => ({ value: k, label: labels.kind(k) }))}
        error={errors.kind}
        onChange={(v) => {
          setKind(v as MessageKind | '');
          setFile(null);
        }}
      />
      <SelectField
        name="authorId"
        label={t('messages.fields.author')}
        required
        value={authorId}
        placeholder={t('messages.record.choose')}
        options={messaging.map(option)}
        error={errors.authorId}
        onChange={(v) => {
          setAuthorId(v);
          setRecipientId('');
        }}
      />
      <SelectField
        name="recipientId"
        label={t('messages.fields.recipient')}
        hint={t('messages.record.recipientHint')}
        required
        value={recipientId}
        placeholder={author ? t('messages.record.choose') : t('messages.record.authorFirst')}
        options={recipients.map(option)}
        error={errors.recipientId}
        onChange={setRecipientId}
      />
      {pair && !pair.allowedKinds.length ? <p className="ro-hint" data-testid="no-kinds">{t('offered.messageKindsNone')}</p> : null}
      {refusedKinds.length ? (
        <ul className="ro-hint" data-testid="refused-kinds">
          {refusedKinds.map((r) => (
            <li key={r.action}>{t('offered.kindRefused', { kind: labels.kind(r.action as MessageKind), reason: r.reason })}</li>
          ))}
        </ul>
      ) : null}
      <TextField
        name="messageText"
        multiline
        label={kind === 'RELAYED_MESSAGE' ? t('messages.fields.relayedText') : t('messages.fields.text')}
        value={text}
        onChange={setText}
        error={errors.text}
      />
      {takesFile ? (
        <UploadField
          key={kind}
          name="original"
          label={kind === 'LETTER' ? t('messages.record.scan') : t('messages.record.video')}
          hint={kind === 'LETTER' ? t('messages.upload.letterHint') : t('messages.upload.videoHint')}
          accept={acceptedFiles[kind]}
          onFile={setFile}
          progress={upload.progress}
          error={upload.error}
          fieldError={errors.file}
          disabled={busy}
          onCancel={upload.isPending ? upload.cancel : undefined}
          cancelled={upload.cancelled}
        />
      ) : null}
      {draft && (upload.error || upload.cancelled) ? (
        <p data-testid="draft-recorded">
          {t('messages.record.draftKept')} <Link to={`/cases/${caseId}/messages/${draft.id}`}>{t('messages.record.openDraft')}</Link>
        </p>
      ) : null}
      <FormActions submitLabel={draft && (upload.error || upload.cancelled) ? t('messages.upload.retry') : t('messages.record.save')} testId="save-message" submitting={busy} keepLabel onCancel={onCancel} />
    </form>
  );
}
