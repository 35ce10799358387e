import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/button';
import { CheckboxField, RadioGroupField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import { useApproveMessage } from '../api/approve-message';
import { acceptedFiles, partDecisions, type Approval, type MessageView } from '../api/types';
import { useFileUpload } from '../api/use-file-upload';
import { UploadField } from './upload-field';
import { etagOf } from '../../../lib/api/etag';

/** The fields the API may name in a refused approval, shown at their place in the form. */
const approvalFields = ['textDecision', 'redactedText', 'fileDecision', 'fileCheckedForContactDetails'] as const;

interface Parts {
  text: boolean;
  file: boolean;
  /** A redacted file is already on the message, or one is chosen to go up first. */
  redactedFile: boolean;
}

function approvalSchema(parts: Parts) {
  return z
    .object({
      textDecision: z.string(),
      redactedText: z.string().max(20000, 'validation.tooLong#20000'),
      fileDecision: z.string(),
      fileChecked: z.boolean(),
    })
    .superRefine((v, ctx) => {
      const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (parts.text && !v.textDecision) need('textDecision', 'validation.decideText');
      if (v.textDecision === 'REDACTED' && !v.redactedText.trim()) need('redactedText', 'validation.redactedTextRequired');
      if (parts.file && !v.fileDecision) need('fileDecision', 'validation.decideFile');
      if (v.fileDecision === 'REDACTED' && !parts.redactedFile) need('redactedFile', 'validation.redactedFileRequired');
      if (parts.file && !v.fileChecked) need('fileCheckedForContactDetails', 'validation.fileCheckRequired');
    });
}

/** The body for the parts the message has, and only those. */
function approvalOf(parts: Parts, textDecision: string, redactedText: string, fileDecision: string, fileChecked: boolean): Approval {
  const body: Approval = {};
  if (parts.text) {
    body.textDecision = textDecision as Approval['textDecision'];
    if (textDecision === 'REDACTED') body.redactedText = redactedText;
  }
  if (parts.file) {
    body.fileDecision = fileDecision as Approval['fileDecision'];
    body.fileCheckedForContactDetails = fileChecked;
  }
  return body;
}

/**
 * Approval decides every part the message has: its text as is or redacted, its file as is or redacted (the redacted
 * file goes up first and answers with the new version, then the approval is sent with If-Match of that version), and
 * the reviewer states the file was checked for contact details, which the system cannot read in a scan or a video.
 */
export function ApproveForm({ message, onDone, onCancel }: { message: MessageView; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const approve = useApproveMessage();
  const upload = useFileUpload();
  const [file, setFile] = useState<File | null>(null);
  const parts: Parts = { text: !!message.originalText, file: !!message.originalFile, redactedFile: !!message.redactedFile || !!file };
  // The API's refusal always shows in the alert, listing what the fields do not.
  const form = useForm({
    initial: { textDecision: '', redactedText: '', fileDecision: '', fileChecked: false },
    validate: approvalSchema(parts),
    onValid: () => uploadThenSend(),
    error: approve.error,
    fields: approvalFields,
    summary: false,
    alert: 'never',
  });
  const { values, set, errorFor } = form;
  const { textDecision, redactedText, fileDecision, fileChecked } = values;
  const decisionOptions = partDecisions.map((d) => ({ value: d, label: t(`messages.approval.${d}`) }));

  const send = (current: MessageView) => {
    const approval = approvalOf(parts, textDecision, redactedText, fileDecision, fileChecked);
    approve.mutate({ caseId: current.caseId, id: current.id, etag: etagOf(current), approval }, { onSuccess: onDone });
  };

  function uploadThenSend() {
    if (fileDecision === 'REDACTED' && file) {
      const onSuccess = (view: MessageView) => {
        setFile(null);
        send(view);
      };
      upload.start({ caseId: message.caseId, id: message.id, role: 'redacted', file }, onSuccess);
    } else {
      send(message);
    }
  }

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="approve-form">
      <h3>{t('messages.actions.approveTitle')}</h3>
      <p className="ro-hint">{t('messages.actions.approveHint')}</p>
      <FormProblems form={form} />
      {parts.text ? (
        <>
          <RadioGroupField name="textDecision" legend={t('messages.approval.text')} value={textDecision} onChange={set('textDecision')} options={decisionOptions} error={errorFor('textDecision')} required inline />
          {textDecision === 'REDACTED' ? (
            <>
              <TextField name="redactedText" multiline label={t('messages.fields.redactedText')} hint={t('messages.actions.redactedHint')} value={redactedText} onChange={set('redactedText')} error={errorFor('redactedText')} required />
              <Button variant="secondary" size="small" onClick={() => set('redactedText')(message.originalText ?? '')} data-testid="copy-original">
                {t('messages.actions.copyOriginal')}
              </Button>
            </>
          ) : null}
        </>
      ) : null}
      {parts.file ? (
        <>
          <RadioGroupField name="fileDecision" legend={t('messages.approval.file')} value={fileDecision} onChange={set('fileDecision')} options={decisionOptions} error={errorFor('fileDecision')} required inline />
          {fileDecision === 'REDACTED' ? (
            <UploadField
              name="redacted"
              label={t('messages.fields.redactedFile')}
              hint={message.redactedFile ? t('messages.approval.redactedFileUploaded') : message.kind === 'LETTER' ? t('messages.upload.letterHint') : t('messages.upload.videoHint')}
              accept={acceptedFiles[message.kind]}
              onFile={setFile}
              progress={upload.progress}
              error={upload.error}
              onCancel={upload.isPending ? upload.cancel : undefined}
              cancelled={upload.cancelled}
              fieldError={errorFor('redactedFile')}
              disabled={upload.isPending || approve.isPending}
            />
          ) : null}
          <CheckboxField name="fileCheckedForContactDetails" label={t('messages.approval.fileChecked')} checked={fileChecked} onChange={set('fileChecked')} error={errorFor('fileCheckedForContactDetails')} />
        </>
      ) : null}
      <FormActions submitLabel={t('messages.actions.approve')} testId="confirm-approve" submitting={upload.isPending || approve.isPending} keepLabel onCancel={onCancel} />
    </form>
  );
}
