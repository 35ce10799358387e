import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { useReviewNoContactCondition } from '../api/review-no-contact-condition';
import type { ReferralView } from '../api/types';
import { staffName } from '../../../components/staff-name';

/** The no-contact condition, flagged: no meeting until a coordinator has reviewed it. */
export function NoContactPanel({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const review = useReviewNoContactCondition();
  if (!referral.noContactCondition) return null;
  const pending = referral.noContactReviewPending === true;
  return (
    <div data-testid="no-contact-panel" className="ro-block">
      <GcdsAlert alertRole={pending ? 'warning' : 'info'} heading={t(pending ? 'referrals.noContact.pendingTitle' : 'referrals.noContact.reviewedTitle')} hideCloseBtn container="full">
        <p>
          <strong>{t('referrals.noContact.terms')}</strong> <span data-testid="no-contact-terms">{referral.noContactCondition}</span>
        </p>
        {pending ? (
          <>
            <p>{t('referrals.noContact.pendingBody')}</p>
            {review.isError ? <ErrorAlert error={review.error} /> : null}
            <Authorization policy="referrals:decide">
              <Button variant="primary" disabled={review.isPending} onClick={() => review.mutate(referral.id)} data-testid="mark-no-contact-reviewed">
                {t('referrals.noContact.markReviewed')}
              </Button>
            </Authorization>
          </>
        ) : (
          <p data-testid="no-contact-reviewed">
            {t('referrals.noContact.reviewedBy', { name: staffName(referral.noContactReviewedByName, referral.noContactReviewedBy), date: formatDate(referral.noContactReviewedAt, i18n.language) })}
          </p>
        )}
      </GcdsAlert>
    </div>
  );
}
