import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/form-fields';
import { useConfirmOffenderNumber } from '../api/confirm-offender-number';
import type { ReferralView } from '../api/types';

/** A harmed person's open request naming the offender without a number: the coordinator confirms the number. */
export function ConfirmNumberPanel({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const confirm = useConfirmOffenderNumber();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const awaited = referral.source === 'HARMED_PERSON' && !referral.offenderNumber && (referral.state === 'SUBMITTED' || referral.state === 'DORMANT');
  if (!awaited || !referral.offenderNamedAs) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[A-Z0-9]{3,12}$/.test(number)) return setError(t('validation.offenderNumber'));
    setError(undefined);
    confirm.mutate({ id: referral.id, version: referral.version, offenderNumber: number });
  };
  return (
    <section aria-labelledby="confirm-number-heading" className="ro-block ro-panel" data-testid="confirm-number-panel">
      <h2 id="confirm-number-heading">{t('referrals.confirmNumber.title')}</h2>
      <p>
        {t('referrals.confirmNumber.namedAs')}: <strong data-testid="offender-named-as">{referral.offenderNamedAs}</strong>
      </p>
      <p className="ro-hint">{t('referrals.confirmNumber.hint')}</p>
      <form noValidate onSubmit={submit} className="ro-form">
        {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
        <TextField name="confirmedOffenderNumber" required label={t('referrals.confirmNumber.number')} value={number} onChange={(v) => setNumber(v.toUpperCase())} error={error} autoComplete="off" />
        <div className="ro-actions">
          <Button type="submit" variant="primary" disabled={confirm.isPending} data-testid="confirm-number">
            {t('referrals.confirmNumber.confirm')}
          </Button>
        </div>
      </form>
    </section>
  );
}
