import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { RefusedButton, refusalOf } from '../../../components/refused-action';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { CorrectionNotices } from '../../../components/correction-notices';
import { isApiError } from '../../../lib/api/problem';
import { useDraftSuitabilityAssessment } from '../api/draft-suitability-assessment';
import { useFinaliseSuitabilityAssessment } from '../api/finalise-suitability-assessment';
import { useSuitabilityAssessments } from '../api/list-suitability-assessments';
import { useReviseSuitabilityAssessment } from '../api/revise-suitability-assessment';
import { type ReferralView, type SuitabilityAssessmentView } from '../api/types';
import { findingsFrom, SuitabilityForm } from './suitability-form';
import { allows, mayCorrect } from '../../../lib/api/assessment-actions';
import { etagOf } from '../../../lib/api/etag';
import { staffName } from '../../../components/staff-name';

type Editing = { mode: 'new' } | { mode: 'revise'; assessment: SuitabilityAssessmentView } | { mode: 'correct'; assessment: SuitabilityAssessmentView };

/** The referral's suitability assessments (oldest first), and drafting, revising, finalising and correcting them. */
export function SuitabilitySection({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const query = useSuitabilityAssessments(referral.id);
  const draft = useDraftSuitabilityAssessment();
  const revise = useReviseSuitabilityAssessment();
  const finalise = useFinaliseSuitabilityAssessment();
  const [editing, setEditing] = useState<Editing | null>(null);

  const assessments = query.data ?? [];
  const hasDraft = assessments.some((a) => !a.finalised);
  const hasCurrent = assessments.some((a) => a.finalised && !a.amendedBy);
  const canDraft = !hasDraft && !hasCurrent && referral.state !== 'DORMANT';
  const stale = [revise.error, finalise.error].some((e) => isApiError(e) && e.status === 412);
  const date = (v: string | null | undefined) => formatDate(v, i18n.language);

  const close = () => {
    setEditing(null);
    draft.reset();
    revise.reset();
    finalise.reset();
  };

  const field = (label: string, value: string | null | undefined) =>
    value ? (
      <div className="ro-dl__row">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;

  return (
    <section aria-labelledby="suitability-heading" className="ro-block" data-testid="suitability-section">
      <h2 id="suitability-heading">{t('referrals.suitability.title')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {stale ? (
        <div role="alert" data-testid="stale-alert">
          <GcdsAlert alertRole="warning" heading={t('participants.staleTitle')} hideCloseBtn container="full">
            <p>{t('referrals.suitability.staleBody')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      {finalise.error && !stale ? <ErrorAlert error={finalise.error} /> : null}
      {query.data && !assessments.length ? <p>{t('referrals.suitability.none')}</p> : null}
      {assessments.map((a, index) => (
        <article key={a.id} className={`ro-card${a.finalised ? '' : ' ro-card--draft'}`} data-testid="assessment" data-assessment-id={a.id} aria-labelledby={`assessment-${a.id}`}>
          <h3 id={`assessment-${a.id}`}>
            {t('referrals.suitability.number', { n: index + 1 })}{' '}
            <span className={`ro-badge ${a.finalised ? 'ro-badge--accepted' : 'ro-badge--submitted'}`} data-testid="assessment-status">
              {a.finalised ? t('referrals.suitability.finalised') : t('referrals.suitability.draft')}
            </span>
            {a.amendedBy ? <span className="ro-badge ro-badge--withdrawn">{t('referrals.suitability.amended')}</span> : null}
          </h3>
          <CorrectionNotices recordType="SUITABILITY_ASSESSMENT" recordIds={assessments.map((x) => x.id)} only={a.id} />
          <dl className="ro-dl">
            {field(t('referrals.suitability.fields.outcome'), a.outcome ? t(`referrals.suitability.outcome.${a.outcome}`) : t('referrals.suitability.noOutcome'))}
            {field(t('referrals.suitability.fields.appropriateness'), a.appropriateness)}
            {field(t('referrals.suitability.fields.motivation'), a.motivation)}
            {field(t('referrals.suitability.fields.acceptanceOfResponsibility'), a.acceptanceOfResponsibility)}
            {field(t('referrals.suitability.fields.notes'), a.notes)}
            {field(t('referrals.suitability.amends'), a.amends ? t('referrals.suitability.number', { n: assessments.findIndex((x) => x.id === a.amends) + 1 }) : '')}
            {field(t('referrals.suitability.createdBy'), `${staffName(a.createdByName, a.createdBy)}, ${date(a.createdAt)}`)}
            {field(t('referrals.suitability.finalisedBy'), a.finalised ? `${staffName(a.finalisedByName, a.finalisedBy)}, ${date(a.finalisedAt)}` : '')}
          </dl>
          <Authorization policy="referrals:assess">
            {(allows(a, 'REVISE') || allows(a, 'FINALISE')) && !editing ? (
              <div className="ro-actions">
                {allows(a, 'REVISE') ? (
                  <Button variant="secondary" onClick={() => setEditing({ mode: 'revise', assessment: a })} data-testid="revise-assessment">
                    {t('referrals.suitability.revise')}
                  </Button>
                ) : null}
                {allows(a, 'FINALISE') ? (
                  <ConfirmButton
                    label={t('referrals.suitability.finalise')}
                    question={t('referrals.suitability.finaliseQuestion')}
                    confirmLabel={t('referrals.suitability.finaliseConfirm')}
                    variant="primary"
                    disabled={finalise.isPending}
                    testId="finalise-assessment"
                    onConfirm={() => finalise.mutate({ referralId: referral.id, id: a.id, etag: etagOf(a) })}
                  />
                ) : null}
                {!a.finalised && refusalOf(a, 'FINALISE') ? (
                  <RefusedButton label={t('referrals.suitability.finalise')} refusal={refusalOf(a, 'FINALISE')!} variant="primary" testId="finalise-assessment-refused" />
                ) : null}
              </div>
            ) : null}
            {mayCorrect(a, assessments) && !editing && !hasDraft ? (
              <div className="ro-actions">
                <Button variant="secondary" onClick={() => setEditing({ mode: 'correct', assessment: a })} data-testid="correct-assessment">
                  {t('referrals.suitability.correct')}
                </Button>
              </div>
            ) : null}
          </Authorization>
        </article>
      ))}
      <Authorization policy="referrals:assess">
        {canDraft && !editing ? (
          <Button variant="primary" onClick={() => setEditing({ mode: 'new' })} data-testid="new-assessment">
            {t('referrals.suitability.new')}
          </Button>
        ) : null}
        {editing?.mode === 'new' ? (
          <SuitabilityForm
            title={t('referrals.suitability.new')}
            initial={findingsFrom(undefined)}
            submitting={draft.isPending}
            error={draft.error}
            onCancel={close}
            onSubmit={(body) => draft.mutate({ referralId: referral.id, body }, { onSuccess: close })}
          />
        ) : null}
        {editing?.mode === 'correct' ? (
          <SuitabilityForm
            title={t('referrals.suitability.correct')}
            initial={findingsFrom(editing.assessment)}
            amends={editing.assessment.id}
            submitting={draft.isPending}
            error={draft.error}
            onCancel={close}
            onSubmit={(body) => draft.mutate({ referralId: referral.id, body }, { onSuccess: close })}
          />
        ) : null}
        {editing?.mode === 'revise' ? (
          <SuitabilityForm
            key={`${editing.assessment.id}:${editing.assessment.version}`}
            title={t('referrals.suitability.revise')}
            initial={findingsFrom(editing.assessment)}
            submitting={revise.isPending}
            error={revise.error}
            onCancel={close}
            onSubmit={(body) =>
              revise.mutate({ referralId: referral.id, id: editing.assessment.id, etag: etagOf(editing.assessment), body }, { onSuccess: close })
            }
          />
        ) : null}
      </Authorization>
    </section>
  );
}
