import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date';
import { daysUntil } from './case-labels';

/** Days before a due date counted as "due soon". */
export const dueSoonDays = 14;

/** A next-assessment date, flagged when overdue or due within two weeks. */
export function DueDate({ date, testId }: { date: string | null | undefined; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!date) return <span className="ro-muted">{t('cases.due.none')}</span>;
  const days = daysUntil(date);
  const urgency = days < 0 ? 'overdue' : days <= dueSoonDays ? 'soon' : 'later';
  return (
    <span className={`ro-due ro-due--${urgency}`} data-testid={testId} data-urgency={urgency}>
      {formatDate(`${date}T12:00:00`, i18n.language, false)}
      {urgency === 'overdue' ? <span className="ro-badge ro-badge--declined">{t('cases.due.overdue')}</span> : null}
      {urgency === 'soon' ? <span className="ro-badge ro-badge--warning">{t('cases.due.soon')}</span> : null}
    </span>
  );
}

export function HoldBadge({ testId = 'hold-badge' }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="ro-badge ro-badge--hold" data-testid={testId}>
      {t('cases.hold.badge')}
    </span>
  );
}
