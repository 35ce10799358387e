import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { RefusedButton, refusalOf } from '../../../components/refused-action';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { InstitutionName } from '../../../components/reference-select';
import { StateBadge } from '../../../components/state-badge';
import { TextField } from '../../../components/form-fields';
import { useCancelMeeting } from '../api/cancel-meeting';
import { useMeetings } from '../api/list-meetings';
import { useRecordMeetingOutcome } from '../api/record-meeting-outcome';
import { useScheduleMeeting } from '../api/schedule-meeting';
import type { CaseView, MeetingView } from '../api/types';
import { MeetingForm } from './meeting-form';

type Acting = { kind: 'held' | 'cancel'; meetingId: string } | null;

function HeldForm({ view, meeting, onDone }: { view: CaseView; meeting: MeetingView; onDone: () => void }) {
  const { t } = useTranslation();
  const held = useRecordMeetingOutcome();
  const [outcome, setOutcome] = useState('');
  const [agreements, setAgreements] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    const body = agreements.trim() ? { outcome: outcome.trim(), agreements: agreements.trim() } : { outcome: outcome.trim() };
    held.mutate({ caseId: view.id, meetingId: meeting.id, body }, { onSuccess: onDone });
  };
  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="meeting-held-form">
      {held.error ? <ErrorAlert error={held.error} /> : null}
      <TextField name="outcome" multiline required label={t('cases.meetings.fields.outcome')} value={outcome} onChange={setOutcome} error={error} />
      <TextField name="agreements" multiline label={t('cases.meetings.fields.agreements')} value={agreements} onChange={setAgreements} />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={held.isPending} data-testid="confirm-meeting-held">
          {t('cases.meetings.heldConfirm')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function CancelForm({ view, meeting, onDone }: { view: CaseView; meeting: MeetingView; onDone: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelMeeting();
  const [reason, setReason] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        cancel.mutate({ caseId: view.id, meetingId: meeting.id, reason }, { onSuccess: onDone });
      }}
      className="ro-form ro-panel"
      data-testid="meeting-cancel-form"
    >
      {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
      <p>{t('cases.meetings.cancelQuestion')}</p>
      <TextField name="cancelReason" multiline label={t('cases.meetings.fields.cancelReason')} value={reason} onChange={setReason} />
      <div className="ro-actions">
        <Button type="submit" variant="danger" disabled={cancel.isPending} data-testid="confirm-meeting-cancel">
          {t('cases.meetings.cancelConfirm')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cases.meetings.keep')}
        </Button>
      </div>
    </form>
  );
}

/** Face-to-face meetings in date order: schedule one (refused on hold and the API's other rules), record it held, or cancel it. */
export function MeetingsSection({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const query = useMeetings(view.id);
  const schedule = useScheduleMeeting();
  const [scheduling, setScheduling] = useState(false);
  const [acting, setActing] = useState<Acting>(null);
  const nameOf = (a: MeetingView['attendees'][number]) => (a.role === 'PARTICIPANT' ? a.name : `${a.name} (${t(`cases.meetings.role.${a.role}`)})`);

  return (
    <section aria-labelledby="meetings-heading" className="ro-block" data-testid="meetings-section">
      <h2 id="meetings-heading">{t('cases.meetings.title')}</h2>
      {!view.ways.includes('FACE_TO_FACE') ? <p className="ro-hint">{t('cases.meetings.faceToFaceNotChosen')}</p> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.length ? <p>{t('cases.meetings.none')}</p> : null}
      {(query.data ?? []).map((m) => (
        <article key={m.id} className="ro-card" data-testid="meeting" data-meeting-id={m.id} aria-labelledby={`meeting-${m.id}`}>
          <h3 id={`meeting-${m.id}`}>
            {formatDate(m.scheduledFor, i18n.language)} — <InstitutionName id={m.institutionId} text={m.institution} />{' '}
            <StateBadge state={`meeting-${m.state}`} label={t(`cases.meetings.state.${m.state}`)} testId="meeting-state" />
          </h3>
          <dl className="ro-dl">
            <div className="ro-dl__row">
              <dt>{t('cases.meetings.fields.attendees')}</dt>
              <dd>{m.attendees.map(nameOf).join(', ')}</dd>
            </div>
            <div className="ro-dl__row">
              <dt>{t('cases.meetings.fields.safetyPlan')}</dt>
              <dd>{m.safetyPlan}</dd>
            </div>
            {m.outcome ? (
              <div className="ro-dl__row">
                <dt>{t('cases.meetings.fields.outcome')}</dt>
                <dd data-testid="meeting-outcome">{m.outcome}</dd>
              </div>
            ) : null}
            {m.agreements ? (
              <div className="ro-dl__row">
                <dt>{t('cases.meetings.fields.agreements')}</dt>
                <dd>{m.agreements}</dd>
              </div>
            ) : null}
            {m.cancelReason ? (
              <div className="ro-dl__row">
                <dt>{t('cases.meetings.fields.cancelReason')}</dt>
                <dd>{m.cancelReason}</dd>
              </div>
            ) : null}
          </dl>
          {m.state === 'SCHEDULED' && !acting ? (
            <div className="ro-actions">
              <Button variant="secondary" onClick={() => setActing({ kind: 'held', meetingId: m.id })} data-testid="meeting-held">
                {t('cases.meetings.held')}
              </Button>
              <Button variant="secondary" onClick={() => setActing({ kind: 'cancel', meetingId: m.id })} data-testid="meeting-cancel">
                {t('cases.meetings.cancel')}
              </Button>
            </div>
          ) : null}
          {acting?.meetingId === m.id && acting.kind === 'held' ? <HeldForm view={view} meeting={m} onDone={() => setActing(null)} /> : null}
          {acting?.meetingId === m.id && acting.kind === 'cancel' ? <CancelForm view={view} meeting={m} onDone={() => setActing(null)} /> : null}
        </article>
      ))}
      {scheduling ? (
        <MeetingForm
          participants={view.participants}
          submitting={schedule.isPending}
          error={schedule.error}
          onCancel={() => {
            schedule.reset();
            setScheduling(false);
          }}
          onSubmit={(body) => schedule.mutate({ caseId: view.id, body }, { onSuccess: () => setScheduling(false) })}
        />
      ) : view.mayScheduleMeeting || !refusalOf(view, 'SCHEDULE_MEETING') ? (
        <Button variant="primary" onClick={() => setScheduling(true)} data-testid="schedule-meeting">
          {t('cases.meetings.schedule')}
        </Button>
      ) : (
        <RefusedButton label={t('cases.meetings.schedule')} refusal={refusalOf(view, 'SCHEDULE_MEETING')!} variant="primary" testId="schedule-meeting-refused" />
      )}
    </section>
  );
}
