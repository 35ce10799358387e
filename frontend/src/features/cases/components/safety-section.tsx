import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { RefusedButton, refusalOf } from '../../../components/refused-action';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { CorrectionNotices } from '../../../components/correction-notices';
import { isApiError } from '../../../lib/api/problem';
import { useDraftSafetyAssessment } from '../api/draft-safety-assessment';
import { useFinaliseSafetyAssessment } from '../api/finalise-safety-assessment';
import { useSafetyAssessments } from '../api/list-safety-assessments';
import { useReviseSafetyAssessment } from '../api/revise-safety-assessment';
import { type CaseView, type SafetyAssessmentView } from '../api/types';
import { useCaseLabels } from './case-labels';
import { DueDate } from './due-date';
import { SafetyForm, safetyValuesFrom } from './safety-form';
import { allows, mayCorrect } from '../../../lib/api/assessment-actions';
import { etagOf } from '../../../lib/api/etag';
import { staffName } from '../../../components/staff-name';

type Editing = { mode: 'new' } | { mode: 'revise'; assessment: SafetyAssessmentView } | { mode: 'correct'; assessment: SafetyAssessmentView };

/** Safety assessments per participant (oldest first): drafting, revising, finalising (which may set or clear the hold), correcting. */
export function SafetySection({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const query = useSafetyAssessments(view.id);
  const draft = useDraftSafetyAssessment();
  const revise = useReviseSafetyAssessment();
  const finalise = useFinaliseSafetyAssessment();
  const [editing, setEditing] = useState<Editing | null>(null);

  const assessments = query.data ?? [];
  const stale = [revise.error, finalise.error].some((e) => isApiError(e) && e.status === 412);
  const date = (v: string | null | undefined) => formatDate(v, i18n.language);
  const nameOf = (id: string) => {
    const p = view.participants.find((x) => x.participantId === id);
    return p ? labels.name(p) : '';
  };
  const close = () => {
    setEditing(null);
    draft.reset();
    revise.reset();
    finalise.reset();
  };
  const row = (label: string, value: string | null | undefined) =>
    value ? (
      <div className="ro-dl__row">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;

  return (
    <section aria-labelledby="safety-heading" className="ro-block" data-testid="safety-section">
      <h2 id="safety-heading">{t('cases.safety.title')}</h2>
      <p>
        {t('cases.safety.nextDue')} <DueDate date={view.nextAssessmentDue} testId="case-next-due" />
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {stale ? (
        <div role="alert" data-testid="stale-alert">
          <GcdsAlert alertRole="warning" heading={t('participants.staleTitle')} hideCloseBtn container="full">
            <p>{t('cases.safety.staleBody')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      {finalise.error && !stale ? <ErrorAlert error={finalise.error} /> : null}
      {query.data && !assessments.length ? <p>{t('cases.safety.none')}</p> : null}
      {assessments.map((a, index) => (
        <article key={a.id} className={`ro-card${a.finalised ? '' : ' ro-card--draft'}`} data-testid="safety-assessment" data-assessment-id={a.id} aria-labelledby={`safety-${a.id}`}>
          <h3 id={`safety-${a.id}`}>
            {t('cases.safety.number', { n: index + 1, name: nameOf(a.participantId) })}{' '}
            <span className={`ro-badge ${a.finalised ? 'ro-badge--accepted' : 'ro-badge--submitted'}`} data-testid="safety-status">
              {a.finalised ? t('cases.safety.finalised') : t('cases.safety.draft')}
            </span>
            {a.riskLevel ? (
              <span className={`ro-badge ro-badge--risk-${a.riskLevel.toLowerCase()}`} data-testid="safety-risk">
                {labels.risk(a.riskLevel)}
              </span>
            ) : null}
            {a.notSafeToProceed ? <span className="ro-badge ro-badge--hold">{t('cases.safety.notSafe')}</span> : null}
          </h3>
          <CorrectionNotices recordType="SAFETY_ASSESSMENT" recordIds={assessments.map((x) => x.id)} only={a.id} />
          <dl className="ro-dl">
            {row(t('cases.safety.fields.emotionalWellbeing'), a.emotionalWellbeing)}
            {row(t('cases.safety.fields.readiness'), a.readiness)}
            {row(t('cases.safety.fields.safetyMeasures'), a.safetyMeasures)}
            {row(t('cases.safety.fields.nextDue'), a.nextDue ? formatDate(`${a.nextDue}T12:00:00`, i18n.language, false) : '')}
            {row(t('cases.safety.amends'), a.amends ? t('cases.safety.numberShort', { n: assessments.findIndex((x) => x.id === a.amends) + 1 }) : '')}
            {row(t('cases.safety.createdBy'), `${staffName(a.createdByName, a.createdBy)}, ${date(a.createdAt)}`)}
            {row(t('cases.safety.finalisedBy'), a.finalised ? `${staffName(a.finalisedByName, a.finalisedBy)}, ${date(a.finalisedAt)}` : '')}
          </dl>
          {(allows(a, 'REVISE') || allows(a, 'FINALISE')) && !editing ? (
            <div className="ro-actions">
              {allows(a, 'REVISE') ? (
                <Button variant="secondary" onClick={() => setEditing({ mode: 'revise', assessment: a })} data-testid="revise-safety-assessment">
                  {t('cases.safety.revise')}
                </Button>
              ) : null}
              {allows(a, 'FINALISE') ? (
                <ConfirmButton
                  label={t('cases.safety.finalise')}
                  question={t('cases.safety.finaliseQuestion')}
                  confirmLabel={t('cases.safety.finaliseConfirm')}
                  variant="primary"
                  disabled={finalise.isPending}
                  testId="finalise-safety-assessment"
                  onConfirm={() => finalise.mutate({ caseId: view.id, id: a.id, etag: etagOf(a) })}
                />
              ) : null}
              {!a.finalised && refusalOf(a, 'FINALISE') ? (
                <RefusedButton label={t('cases.safety.finalise')} refusal={refusalOf(a, 'FINALISE')!} variant="primary" testId="finalise-safety-assessment-refused" />
              ) : null}
            </div>
          ) : null}
          {mayCorrect(a, assessments) && !editing ? (
            <div className="ro-actions">
              <Button variant="secondary" onClick={() => setEditing({ mode: 'correct', assessment: a })} data-testid="correct-safety-assessment">
                {t('cases.safety.correct')}
              </Button>
            </div>
          ) : null}
        </article>
      ))}
      {!editing ? (
        <Button variant="primary" onClick={() => setEditing({ mode: 'new' })} data-testid="new-safety-assessment">
          {t('cases.safety.new')}
        </Button>
      ) : null}
      {editing?.mode === 'new' ? (
        <SafetyForm
          title={t('cases.safety.new')}
          initial={safetyValuesFrom(undefined)}
          participants={view.participants}
          submitting={draft.isPending}
          error={draft.error}
          onCancel={close}
          onSubmit={(body) => draft.mutate({ caseId: view.id, body }, { onSuccess: close })}
        />
      ) : null}
      {editing?.mode === 'correct' ? (
        <SafetyForm
          title={t('cases.safety.correct')}
          initial={safetyValuesFrom(editing.assessment)}
          participants={view.participants}
          participantFixed
          amends={editing.assessment.id}
          submitting={draft.isPending}
          error={draft.error}
          onCancel={close}
          onSubmit={(body) => draft.mutate({ caseId: view.id, body: { ...body, participantId: editing.assessment.participantId } }, { onSuccess: close })}
        />
      ) : null}
      {editing?.mode === 'revise' ? (
        <SafetyForm
          key={`${editing.assessment.id}:${editing.assessment.version}`}
          title={t('cases.safety.revise')}
          initial={safetyValuesFrom(editing.assessment)}
          participants={view.participants}
          participantFixed
          submitting={revise.isPending}
          error={revise.error}
          onCancel={close}
          onSubmit={(body) => revise.mutate({ caseId: view.id, id: editing.assessment.id, etag: etagOf(editing.assessment), body }, { onSuccess: close })}
        />
      ) : null}
    </section>
  );
}
