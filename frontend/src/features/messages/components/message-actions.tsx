import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { RadioGroupField, TextField } from '../../../components/form-fields';
import { useAcknowledgeMessage } from '../api/acknowledge-message';
import { useDeliverMessage } from '../api/deliver-message';
import { useReturnMessage } from '../api/return-message';
import { useReviseMessageText } from '../api/revise-message-text';
import { useSubmitMessage } from '../api/submit-message';
import { acceptedFiles, deliveryMethods, type DeliveryMethod, type MessageView } from '../api/types';
import { useUploadMessageFile } from '../api/upload-message-file';
import { useWithholdMessage } from '../api/withhold-message';
import { ApproveForm } from './approve-form';
import { deliveredAtFor, deliveryDayProblem, localDay } from './delivery-date';
import { useMessageLabels } from './message-labels';
import { ScreeningNoteForm } from './screening-note-form';
import { UploadField } from './upload-field';
import { etagOf } from '../../../lib/api/etag';

type Open = 'approve' | 'return' | 'withhold' | 'revise' | null;

function DraftActions({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const submit = useSubmitMessage();
  const revise = useReviseMessageText();
  const upload = useUploadMessageFile();
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState(message.originalText ?? '');
  const [progress, setProgress] = useState<number>();
  const takesFile = message.kind === 'LETTER' || message.kind === 'VIDEO_MESSAGE';
  const saveText = (event: FormEvent) => {
    event.preventDefault();
    revise.mutate({ caseId: message.caseId, id: message.id, etag: etagOf(message), text }, { onSuccess: () => setOpen(null) });
  };
  return (
    <>
      {submit.error ? <ErrorAlert error={submit.error} /> : null}
      <div className="ro-actions">
        {allows(message, 'SUBMIT') ? (
          <Button
            variant="primary"
            disabled={submit.isPending || upload.isPending}
            onClick={() => submit.mutate({ caseId: message.caseId, id: message.id, etag: etagOf(message) })}
            data-testid="submit-message"
          >
            {t('messages.actions.submit')}
          </Button>
        ) : null}
        {allows(message, 'REVISE') && open !== 'revise' ? (
          <Button variant="secondary" onClick={() => setOpen('revise')} data-testid="revise-message">
            {t('messages.actions.revise')}
          </Button>
        ) : null}
      </div>
      {open === 'revise' ? (
        <form noValidate onSubmit={saveText} className="ro-form ro-panel" data-testid="revise-form">
          {revise.error ? <ErrorAlert error={revise.error} /> : null}
          <TextField name="revisedText" multiline label={t('messages.fields.text')} value={text} onChange={setText} />
          <div className="ro-actions">
            <Button type="submit" variant="primary" disabled={revise.isPending} data-testid="save-revised-text">
              {t('messages.actions.saveText')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {takesFile ? (
        <UploadField
          name="draft-original"
          label={message.originalFile ? t('messages.actions.replaceOriginal') : t('messages.actions.uploadOriginal')}
          hint={message.kind === 'LETTER' ? t('messages.upload.letterHint') : t('messages.upload.videoHint')}
          accept={acceptedFiles[message.kind]}
          progress={progress}
          error={upload.error}
          disabled={upload.isPending}
          onFile={(file) => {
            if (!file) return;
            setProgress(0);
            upload.mutate({ caseId: message.caseId, id: message.id, role: 'original', file, onProgress: setProgress });
          }}
        />
      ) : null}
    </>
  );
}

function ReviewActions({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const returnMove = useReturnMessage();
  const withhold = useWithholdMessage();
  const [open, setOpen] = useState<Open>(null);
  const close = () => {
    setOpen(null);
    returnMove.reset();
    withhold.reset();
  };
  const move = { caseId: message.caseId, id: message.id, etag: etagOf(message) };
  return (
    <>
      {!open ? (
        <div className="ro-actions">
          {allows(message, 'APPROVE') ? (
            <Button variant="primary" onClick={() => setOpen('approve')} data-testid="approve-message">
              {t('messages.actions.approve')}
            </Button>
          ) : null}
          {allows(message, 'RETURN') ? (
            <Button variant="secondary" onClick={() => setOpen('return')} data-testid="return-message">
              {t('messages.actions.return')}
            </Button>
          ) : null}
          {allows(message, 'WITHHOLD') ? (
            <Button variant="danger" onClick={() => setOpen('withhold')} data-testid="withhold-message">
              {t('messages.actions.withhold')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {open === 'approve' ? <ApproveForm message={message} onDone={close} onCancel={close} /> : null}
      {open === 'return' ? (
        <ScreeningNoteForm
          name="returnComments"
          title={t('messages.actions.returnTitle')}
          label={t('messages.fields.returnComments')}
          submitLabel={t('messages.actions.return')}
          pending={returnMove.isPending}
          error={returnMove.error}
          onCancel={close}
          onSubmit={(text) => returnMove.mutate({ ...move, text }, { onSuccess: close })}
        />
      ) : null}
      {open === 'withhold' ? (
        <ScreeningNoteForm
          name="withholdReason"
          title={t('messages.actions.withholdTitle')}
          label={t('messages.fields.withholdReason')}
          submitLabel={t('messages.actions.withhold')}
          pending={withhold.isPending}
          error={withhold.error}
          onCancel={close}
          onSubmit={(text) => withhold.mutate({ ...move, text }, { onSuccess: close })}
        />
      ) : null}
    </>
  );
}

function DeliverForm({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const labels = useMessageLabels();
  const deliver = useDeliverMessage();
  const [method, setMethod] = useState<DeliveryMethod | ''>('');
  const [day, setDay] = useState(() => localDay(new Date()));
  const [error, setError] = useState<string>();
  const [dayError, setDayError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = deliveryDayProblem(day, message.approvedAt);
    setError(method ? undefined : t('messages.actions.methodRequired'));
    setDayError(problem ? t(`peopleFacts.delivery.${problem}`) : undefined);
    if (!method || problem) return;
    deliver.mutate({ caseId: message.caseId, id: message.id, etag: etagOf(message), method, deliveredAt: deliveredAtFor(day) });
  };
  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="deliver-form">
      <h3>{t('messages.actions.deliverTitle')}</h3>
      {deliver.error ? <ErrorAlert error={deliver.error} /> : null}
      <RadioGroupField
        name="deliveryMethod"
        legend={t('messages.fields.deliveryMethod')}
        required
        value={method}
        onChange={(v) => setMethod(v as DeliveryMethod)}
        options={deliveryMethods.map((m) => ({ value: m, label: labels.method(m) }))}
        error={error}
      />
      <TextField name="deliveredAt" type="date" required label={t('peopleFacts.delivery.date')} hint={t('peopleFacts.delivery.hint')} value={day} onChange={setDay} error={dayError} />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={deliver.isPending} data-testid="deliver-message">
          {t('messages.actions.deliver')}
        </Button>
      </div>
    </form>
  );
}

function AcknowledgeForm({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeMessage();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setError(t('messages.actions.choiceRequired'));
    setError(undefined);
    acknowledge.mutate({ caseId: message.caseId, id: message.id, etag: etagOf(message), authorMayKnow: choice === 'yes' });
  };
  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="acknowledge-form">
      <h3>{t('messages.actions.acknowledgeTitle')}</h3>
      {acknowledge.error ? <ErrorAlert error={acknowledge.error} /> : null}
      <RadioGroupField
        name="authorMayKnow"
        legend={t('messages.fields.authorMayKnow')}
        hint={t('messages.actions.authorMayKnowHint')}
        required
        value={choice}
        onChange={(v) => setChoice(v as 'yes' | 'no')}
        options={[
          { value: 'yes', label: t('messages.actions.authorMayKnowYes') },
          { value: 'no', label: t('messages.actions.authorMayKnowNo') },
        ]}
        error={error}
      />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={acknowledge.isPending} data-testid="acknowledge-message">
          {t('messages.actions.acknowledge')}
        </Button>
      </div>
    </form>
  );
}

/** Whether the server lists this action for the message now. */
function allows(message: MessageView, action: MessageView['allowedActions'][number]): boolean {
  return message.allowedActions.includes(action);
}

/** What the server lists as allowed with the message now, and nothing else. */
export function MessageActions({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  let body;
  if (allows(message, 'REVISE') || allows(message, 'SUBMIT')) {
    body = <DraftActions key={message.version} message={message} />;
  } else if (allows(message, 'APPROVE') || allows(message, 'RETURN') || allows(message, 'WITHHOLD')) {
    body = <ReviewActions message={message} />;
  } else if (allows(message, 'DELIVER')) {
    body = <DeliverForm message={message} />;
  } else if (allows(message, 'ACKNOWLEDGE')) {
    body = <AcknowledgeForm message={message} />;
  } else {
    body = <p data-testid="no-actions">{t('messages.actions.none')}</p>;
  }
  return (
    <section aria-labelledby="actions-heading" className="ro-block" data-testid="message-actions" data-state={message.state}>
      <h2 id="actions-heading">{t('messages.actions.title')}</h2>
      {body}
    </section>
  );
}
