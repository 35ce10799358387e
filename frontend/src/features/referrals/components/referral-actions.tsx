import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { RefusedButton, refusalOf } from '../../../components/refused-action';
import { useAcceptReferral } from '../api/accept-referral';
import { useDeclineReferral } from '../api/decline-referral';
import { useStartReferralAssessment } from '../api/start-referral-assessment';
import type { ReferralView } from '../api/types';
import { useWithdrawReferral } from '../api/withdraw-referral';
import { DeclineForm } from './decline-form';

/** The decisions the server lists as allowed now, and nothing else. */
export function ReferralActions({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const start = useStartReferralAssessment();
  const accept = useAcceptReferral();
  const decline = useDeclineReferral();
  const withdraw = useWithdrawReferral();
  const [declining, setDeclining] = useState(false);
  const moves = referral.allowedActions;
  // being assessed, Accept waits for a finalised suitable assessment: shown disabled with the server's reason
  const acceptRefused = referral.state === 'UNDER_ASSESSMENT' ? refusalOf(referral, 'ACCEPT') : undefined;
  const busy = start.isPending || accept.isPending || decline.isPending || withdraw.isPending;
  const error = start.error ?? accept.error ?? withdraw.error ?? (declining ? null : decline.error);
  const reset = () => {
    start.reset();
    accept.reset();
    withdraw.reset();
    decline.reset();
  };

  if (!moves.length && !acceptRefused) return <p data-testid="no-actions">{t('referrals.actions.none')}</p>;
  return (
    <section aria-labelledby="decision-heading" className="ro-block" data-testid="referral-actions">
      <h2 id="decision-heading">{t('referrals.actions.title')}</h2>
      {error ? <ErrorAlert error={error} /> : null}
      {referral.state === 'DORMANT' ? <p>{t('referrals.actions.dormantHint')}</p> : null}
      <div className="ro-actions">
        {moves.includes('START_ASSESSMENT') ? (
          <Button
            variant="primary"
            disabled={busy}
            onClick={() => {
              reset();
              start.mutate(referral.id);
            }}
            data-testid="start-assessment"
          >
            {t('referrals.actions.startAssessment')}
          </Button>
        ) : null}
        {moves.includes('ACCEPT') ? (
          <ConfirmButton
            label={t('referrals.actions.accept')}
            question={t('referrals.actions.acceptQuestion')}
            confirmLabel={t('referrals.actions.acceptConfirm')}
            variant="primary"
            disabled={busy}
            testId="accept-referral"
            onConfirm={() => {
              reset();
              accept.mutate(referral.id);
            }}
          />
        ) : null}
        {acceptRefused ? <RefusedButton label={t('referrals.actions.accept')} refusal={acceptRefused} variant="primary" testId="accept-referral-refused" /> : null}
        {moves.includes('DECLINE') && !declining ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => {
              reset();
              setDeclining(true);
            }}
            data-testid="decline-referral"
          >
            {t('referrals.actions.decline')}
          </Button>
        ) : null}
        {moves.includes('WITHDRAW') ? (
          <ConfirmButton
            label={t('referrals.actions.withdraw')}
            question={t('referrals.actions.withdrawQuestion')}
            confirmLabel={t('referrals.actions.withdrawConfirm')}
            variant="danger"
            disabled={busy}
            testId="withdraw-referral"
            onConfirm={() => {
              reset();
              withdraw.mutate(referral.id);
            }}
          />
        ) : null}
      </div>
      {declining ? (
        <DeclineForm
          submitting={decline.isPending}
          error={decline.error}
          onCancel={() => {
            decline.reset();
            setDeclining(false);
          }}
          onSubmit={(body) => decline.mutate({ id: referral.id, body }, { onSuccess: () => setDeclining(false) })}
        />
      ) : null}
    </section>
  );
}
