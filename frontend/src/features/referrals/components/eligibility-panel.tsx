import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { RadioGroupField } from '../../../components/form-fields';
import { useRecordEligibility } from '../api/record-eligibility';
import { federalSentences, victimRegistrations, type FederalSentence, type ReferralView, type VictimRegistration } from '../api/types';

const OPEN = ['DORMANT', 'SUBMITTED', 'UNDER_ASSESSMENT'];

/**
 * Eligibility: whether the harm came from an offence that led to a federal sentence (and, for a harmed
 * person, their registration). A coordinator records it while the referral is open; accepting needs yes.
 * The mediator assessing the referral reads it only.
 */
export function EligibilityPanel({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const record = useRecordEligibility();
  const [sentence, setSentence] = useState<FederalSentence>(referral.federalSentence);
  const [registration, setRegistration] = useState<VictimRegistration | ''>(referral.victimRegistration ?? '');
  const harmed = referral.source === 'HARMED_PERSON';
  const open = OPEN.includes(referral.state);
  const changed = sentence !== referral.federalSentence || (harmed && registration !== (referral.victimRegistration ?? ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({
      id: referral.id,
      version: referral.version,
      body: { federalSentence: sentence, ...(harmed && registration ? { victimRegistration: registration } : {}) },
    });
  };
  return (
    <section aria-labelledby="eligibility-heading" className="ro-block" data-testid="eligibility-panel">
      <h2 id="eligibility-heading">{t('referrals.eligibility.title')}</h2>
      <p data-testid="referral-federal-sentence">
        {t('referrals.eligibility.federalSentence')}: <strong>{t(`referrals.eligibility.sentence.${referral.federalSentence}`)}</strong>
      </p>
      {open && referral.state === 'UNDER_ASSESSMENT' && referral.federalSentence !== 'YES' ? (
        <p className="ro-hint" data-testid="eligibility-blocks-acceptance">
          {t(referral.federalSentence === 'NO' ? 'referrals.eligibility.notEligible' : 'referrals.eligibility.unknownBlocks')}
        </p>
      ) : null}
      {open ? (
        <Authorization policy="referrals:decide">
        <form noValidate onSubmit={submit} className="ro-form" data-testid="eligibility-form">
          {record.error ? <ErrorAlert error={record.error} /> : null}
          <RadioGroupField
            name="federalSentence"
            inline
            required
            legend={t('referrals.eligibility.question')}
            value={sentence}
            onChange={(v) => setSentence(v as FederalSentence)}
            options={federalSentences.map((s) => ({ value: s, label: t(`referrals.eligibility.sentence.${s}`) }))}
          />
          {harmed ? (
            <RadioGroupField
              name="eligibilityRegistration"
              legend={t('referrals.fields.victimRegistration')}
              value={registration}
              onChange={(v) => setRegistration(v as VictimRegistration)}
              options={victimRegistrations.map((r) => ({ value: r, label: t(`referrals.registration.${r}`) }))}
            />
          ) : null}
          <div className="ro-actions">
            <Button type="submit" variant="secondary" disabled={!changed || record.isPending} data-testid="save-eligibility">
              {t('referrals.eligibility.save')}
            </Button>
          </div>
        </form>
        </Authorization>
      ) : null}
    </section>
  );
}
