import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysSince } from '../../../components/format-date';
import { StateBadge } from '../../../components/state-badge';
import type { ReferralSummary } from '../api/types';
import { useReferralLabels } from './referral-labels';
import { DataTable } from '../../../components/data-table';

export function ReferralQueueTable({ items }: { items: readonly ReferralSummary[] }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  return (
    <DataTable data-testid="referral-queue">
      <thead>
        <tr>
          <th scope="col">{t('referrals.columns.age')}</th>
          <th scope="col">{t('referrals.columns.state')}</th>
          <th scope="col">{t('referrals.columns.source')}</th>
          <th scope="col">{t('referrals.columns.offender')}</th>
          <th scope="col">{t('referrals.columns.harmedPerson')}</th>
          <th scope="col">{t('referrals.columns.channel')}</th>
          <th scope="col">
            <span className="ro-visually-hidden">{t('referrals.columns.open')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} data-testid="referral-row" data-referral-id={r.id}>
            <td>{t('referrals.ageDays', { count: daysSince(r.createdAt) })}</td>
            <td>
              <StateBadge state={r.state} label={labels.state(r.state)} />
              {r.noContactReviewPending ? (
                <span className="ro-badge ro-badge--warning" data-testid="no-contact-pending">
                  {t('referrals.noContact.pendingBadge')}
                </span>
              ) : null}
              {r.duplicateOf ? (
                <span className="ro-badge ro-badge--warning" data-testid="duplicate-badge">
                  {t('referrals.duplicateBadge')}
                </span>
              ) : null}
            </td>
            <td>{labels.source(r.source)}</td>
            <td>
              {r.offenderName ? <div>{r.offenderName}</div> : null}
              {r.offenderNumber ? <div className="ro-small">{r.offenderNumber}</div> : null}
              {!r.offenderName && !r.offenderNumber ? <span className="ro-muted">{t('referrals.notNamed')}</span> : null}
            </td>
            <td>{r.harmedPersonName ?? <span className="ro-muted">—</span>}</td>
            <td>{labels.channel(r.channel)}</td>
            <td>
              <Link to={`/referrals/${r.id}`} data-testid="open-referral">
                {t('referrals.open')}
                <span className="ro-visually-hidden"> {r.offenderNumber ?? r.harmedPersonName ?? ''}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
