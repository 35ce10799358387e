import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date';
import { useRegionName } from '../../../lib/api/reference-data';
import type { ReferralView } from '../api/types';
import { useReferralLabels } from './referral-labels';
import { staffName } from '../../../components/staff-name';

/** Every field of a referral, in plain language; empty ones are left out. */
export function ReferralDetails({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const labels = useReferralLabels();
  const regionName = useRegionName();
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? '' : v ? t('participants.yes') : t('participants.no'));
  const date = (v: string | null | undefined) => formatDate(v, i18n.language);
  const row = (label: string, value: ReactNode, testId?: string) =>
    value === '' || value === null || value === undefined ? null : (
      <div className="ro-dl__row">
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </div>
    );
  const person = (p: ReferralView['harmedPerson']) =>
    p ? (
      <Link to={`/participants/${p.id}`}>
        {p.firstName} {p.lastName} ({t(`participants.kind.${p.kind}`)})
      </Link>
    ) : null;

  return (
    <dl className="ro-dl" data-testid="referral-details">
      {row(t('referrals.fields.source'), labels.source(referral.source), 'referral-source')}
      {row(t('referrals.fields.harmedPerson'), person(referral.harmedPerson), 'referral-harmed-person')}
      {row(t('referrals.fields.offender'), person(referral.offender), 'referral-offender')}
      {row(t('referrals.fields.offenderNumber'), referral.offenderNumber, 'referral-offender-number')}
      {row(t('referrals.confirmNumber.namedAs'), referral.offenderNamedAs, 'referral-offender-named-as')}
      {row(t('reference.fields.region'), regionName(referral.regionId), 'referral-region')}
      {row(t('referrals.fields.channel'), labels.channel(referral.channel), 'referral-channel')}
      {row(t('referrals.fields.victimRegistration'), referral.victimRegistration ? t(`referrals.registration.${referral.victimRegistration}`) : '')}
      {row(t('referrals.fields.notes'), referral.notes, 'referral-notes')}
      {row(t('referrals.fields.referringStaff'), staffName(referral.referringStaffName, referral.referringStaff))}
      {row(t('referrals.fields.submittedBy'), staffName(referral.submittedByName, referral.submittedBy))}
      {row(t('referrals.fields.staffSupportsParticipation'), yesNo(referral.staffSupportsParticipation))}
      {row(t('referrals.fields.offenderTakesResponsibility'), yesNo(referral.offenderTakesResponsibility))}
      {row(t('referrals.fields.reasons'), referral.reasons)}
      {row(t('referrals.fields.safetyConcerns'), referral.safetyConcerns)}
      {row(t('referrals.fields.declineReason'), referral.declineReason ? t(`referrals.declineReason.${referral.declineReason}`) : '', 'referral-decline-reason')}
      {row(t('referrals.fields.declineDetails'), referral.declineDetails)}
      {row(t('referrals.fields.decidedAt'), date(referral.decidedAt))}
      {row(t('referrals.fields.decidedBy'), staffName(referral.decidedByName, referral.decidedBy))}
      {row(
        t('referrals.fields.duplicateOf'),
        referral.duplicateOf ? (
          <>
            <Link to={`/referrals/${referral.duplicateOf}`} data-testid="duplicate-of">
              {t('referrals.duplicateLink')}
            </Link>
            <p className="ro-small">{t('referrals.duplicateHelp')}</p>
          </>
        ) : null,
      )}
      {row(
        t('referrals.fields.duplicates'),
        referral.duplicateIds?.length ? (
          <ul className="ro-plain-list" data-testid="duplicate-referrals">
            {referral.duplicateIds.map((id, i) => (
              <li key={id}>
                <Link to={`/referrals/${id}`}>{t('referrals.duplicatesLink', { n: i + 1 })}</Link>
              </li>
            ))}
          </ul>
        ) : null,
      )}
      {row(t('referrals.fields.createdAt'), date(referral.createdAt))}
      {row(t('referrals.fields.updatedAt'), date(referral.updatedAt))}
      {row(
        t('referrals.fields.matched'),
        referral.matchedReferralIds?.length ? (
          <ul className="ro-plain-list" data-testid="matched-referrals">
            {referral.matchedReferralIds.map((id, i) => (
              <li key={id}>
                <Link to={`/referrals/${id}`}>{t('referrals.matchedLink', { n: i + 1 })}</Link>
              </li>
            ))}
          </ul>
        ) : (
          t('referrals.notMatched')
        ),
      )}
    </dl>
  );
}
