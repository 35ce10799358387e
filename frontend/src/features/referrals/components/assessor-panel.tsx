import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField } from '../../../components/form-fields';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { useSession } from '../../../lib/auth/session';
import { useAssessorCandidates } from '../api/list-assessor-candidates';
import { useAssignReferralAssessor } from '../api/assign-referral-assessor';
import { useRemoveReferralAssessor } from '../api/remove-referral-assessor';
import type { ReferralView } from '../api/types';
import { staffName } from '../../../components/staff-name';

/** A coordinator picks one active mediator of the roster to assess the referral, changes who, or removes them. */
function AssessorPicker({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const roster = useAssessorCandidates();
  const assign = useAssignReferralAssessor();
  const remove = useRemoveReferralAssessor();
  const [mediator, setMediator] = useState('');
  const [error, setError] = useState<string>();
  if (roster.isPending) return <Loading />;
  if (roster.isError) return <ErrorAlert error={roster.error} />;
  const options = roster.data
    .filter((m) => m.active && m.username !== referral.assessor)
    .map((m) => ({ value: m.username, label: `${m.displayName} (${m.username})` }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mediator) return setError(t('referrals.assessor.pickRequired'));
    setError(undefined);
    remove.reset();
    assign.mutate({ id: referral.id, version: referral.version, mediator }, { onSuccess: () => setMediator('') });
  };
  return (
    <>
      {assign.error ? <ErrorAlert error={assign.error} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      {options.length ? (
        <form noValidate onSubmit={submit} className="ro-form" data-testid="assessor-form">
          <SelectField
            name="assessor"
            required
            label={t(referral.assessor ? 'referrals.assessor.change' : 'referrals.assessor.pick')}
            hint={t('referrals.assessor.pickHint')}
            placeholder={t('referrals.assessor.placeholder')}
            value={mediator}
            onChange={setMediator}
            options={options}
            error={error}
          />
          <div className="ro-actions">
            <Button type="submit" variant="primary" disabled={assign.isPending} data-testid="assign-assessor">
              {t(referral.assessor ? 'referrals.assessor.changeAction' : 'referrals.assessor.assignAction')}
            </Button>
          </div>
        </form>
      ) : (
        <p data-testid="no-assessor-candidates">{t('referrals.assessor.noneOnRoster')}</p>
      )}
      {referral.assessor ? (
        <div className="ro-actions">
          <ConfirmButton
            label={t('referrals.assessor.remove')}
            question={t('referrals.assessor.removeQuestion', { name: staffName(referral.assessorName, referral.assessor) })}
            confirmLabel={t('referrals.assessor.removeConfirm')}
            disabled={remove.isPending}
            testId="remove-assessor"
            onConfirm={() => {
              assign.reset();
              remove.mutate({ id: referral.id, version: referral.version });
            }}
          />
        </div>
      ) : null}
    </>
  );
}

/**
 * Who assesses the referral's suitability: the mediator a coordinator assigned, who then reaches the
 * referral and its people while it is being assessed (the coordinator still decides).
 */
export function AssessorPanel({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const me = session.status === 'authenticated' ? session.user.username : undefined;
  if (!referral.assessor && !referral.mayAssignAssessor) return null;
  return (
    <section aria-labelledby="assessor-heading" className="ro-block" data-testid="assessor-panel">
      <h2 id="assessor-heading">{t('referrals.assessor.title')}</h2>
      {referral.assessor ? (
        <p data-testid="referral-assessor">
          {t('referrals.assessor.assigned', { name: staffName(referral.assessorName, referral.assessor), date: formatDate(referral.assessorAssignedAt, i18n.language) })}
        </p>
      ) : (
        <p data-testid="referral-assessor">{t('referrals.assessor.none')}</p>
      )}
      {referral.assessor && referral.assessor === me && !referral.mayAssignAssessor ? (
        <p className="ro-hint" data-testid="assessor-is-me">
          {t('referrals.assessor.youAssess')}
        </p>
      ) : null}
      {referral.mayAssignAssessor ? (
        <Authorization policy="referrals:assign-assessor">
          <AssessorPicker referral={referral} />
        </Authorization>
      ) : null}
    </section>
  );
}
