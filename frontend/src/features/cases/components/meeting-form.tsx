import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { InstitutionSelect } from '../../../components/reference-select';
import { useForm } from '../../../components/use-form';
import { useValidationText } from '../../../components/use-validation-text';
import { otherRoles, type Attendee, type CaseParticipantView, type NewMeeting } from '../api/types';
import { useCaseLabels } from './case-labels';

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max, `validation.tooLong#${max}`);
const meetingSchema = z.object({
  institutionId: z.string().min(1, 'validation.choose'),
  date: z.iso.date('validation.date'),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'validation.time'),
  safetyPlan: required(4000),
  participantIds: z.array(z.string()).min(1, 'cases.meetings.chooseAttendee'),
  others: z.array(z.object({ role: z.enum(otherRoles), name: required(200) })).max(20),
});
type MeetingValues = z.input<typeof meetingSchema>;

const empty: MeetingValues = { institutionId: '', date: '', time: '', safetyPlan: '', participantIds: [], others: [] };

interface MeetingFormProps {
  participants: readonly CaseParticipantView[];
  onSubmit: (body: NewMeeting) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

/** A face-to-face meeting to schedule: where, when, who attends (participants and others), the safety plan. */
export function MeetingForm({ participants, onSubmit, onCancel, submitting, error }: MeetingFormProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const translate = useValidationText();
  const form = useForm({
    initial: empty,
    validate: meetingSchema,
    onValid: send,
    error,
    translate: (e) => (e.startsWith('cases.') ? t(e as 'cases.meetings.chooseAttendee') : translate(e)),
  });
  const { values, set, errorFor } = form;
  const others = values.others ?? [];
  const setOther = (index: number, change: Partial<Attendee>) => set('others')(others.map((o, i) => (i === index ? { ...o, ...change } : o)));

  function send(v: z.output<typeof meetingSchema>, fail: (errors: Record<string, string>) => void) {
    const when = new Date(`${v.date}T${v.time}`);
    if (Number.isNaN(when.getTime())) {
      fail({ date: 'validation.date' });
      return;
    }
    const body: NewMeeting = { institutionId: v.institutionId, scheduledFor: when.toISOString(), safetyPlan: v.safetyPlan, participantIds: v.participantIds };
    if (v.others.length) body.others = v.others;
    onSubmit(body);
  }

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="meeting-form">
      <h3>{t('cases.meetings.schedule')}</h3>
      <FormProblems form={form} />
      <InstitutionSelect name="institutionId" required label={t('cases.meetings.fields.institution')} value={values.institutionId} onChange={set('institutionId')} error={errorFor('institutionId') ?? errorFor('institution')} />
      <div className="ro-row">
        <TextField name="date" type="date" required label={t('cases.meetings.fields.date')} value={values.date} onChange={set('date')} error={errorFor('date')} />
        <TextField name="time" type="time" required label={t('cases.meetings.fields.time')} value={values.time} onChange={set('time')} error={errorFor('time')} />
      </div>
      <fieldset id="field-participantIds" className={`ro-field${errorFor('participantIds') ? ' ro-field--error' : ''}`} data-testid="meeting-attendees">
        <legend className="ro-label">
          {t('cases.meetings.fields.participants')}
          <span className="ro-required" aria-hidden="true"> *</span>
        </legend>
        <p className="ro-hint">{t('cases.meetings.participantsHint')}</p>
        {errorFor('participantIds') ? (
          <p className="ro-error-message" data-testid="field-participantIds-error">
            {errorFor('participantIds')}
          </p>
        ) : null}
        {participants.map((p) => {
          const id = `attendee-${p.participantId}`;
          const checked = values.participantIds.includes(p.participantId);
          return (
            <div key={p.participantId} className="ro-checkbox">
              <input
                id={id}
                type="checkbox"
                checked={checked}
                onChange={(e) => set('participantIds')(e.target.checked ? [...values.participantIds, p.participantId] : values.participantIds.filter((x) => x !== p.participantId))}
                data-testid={id}
              />
              <label htmlFor={id}>
                {labels.name(p)} ({labels.side(p.side)}){p.kind === 'SUPPORT_PERSON' ? ` — ${t('participants.kind.SUPPORT_PERSON')}` : ''}
                {p.status === 'WITHDRAWN' ? ` — ${labels.status(p.status)}` : ''}
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="ro-field" data-testid="meeting-others">
        <legend className="ro-label">{t('cases.meetings.fields.others')}</legend>
        {others.map((o, i) => (
          <div key={i} className="ro-row" data-testid="meeting-other">
            <SelectField
              name={`others.${i}.role`}
              label={t('cases.meetings.fields.otherRole')}
              value={o.role}
              onChange={(role) => setOther(i, { role: role as Attendee['role'] })}
              options={otherRoles.map((r) => ({ value: r, label: t(`cases.meetings.role.${r}`) }))}
            />
            <TextField name={`others.${i}.name`} label={t('cases.meetings.fields.otherName')} value={o.name} onChange={(name) => setOther(i, { name })} error={errorFor(`others.${i}.name`)} />
            <Button variant="secondary" size="small" onClick={() => set('others')(others.filter((_, j) => j !== i))}>
              {t('cases.meetings.removeOther')}
            </Button>
          </div>
        ))}
        {others.length < 20 ? (
          <Button variant="secondary" size="small" onClick={() => set('others')([...others, { role: 'SUPPORT_PERSON', name: '' }])} data-testid="add-other-attendee">
            {t('cases.meetings.addOther')}
          </Button>
        ) : null}
      </fieldset>
      <TextField name="safetyPlan" multiline required label={t('cases.meetings.fields.safetyPlan')} value={values.safetyPlan} onChange={set('safetyPlan')} error={errorFor('safetyPlan')} />
      <FormActions submitLabel={t('cases.meetings.scheduleConfirm')} testId="save-meeting" submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
