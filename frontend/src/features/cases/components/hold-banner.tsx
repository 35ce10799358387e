import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date';
import type { CaseView } from '../api/types';
import { useCaseLabels } from './case-labels';

/** A prominent banner while the case is on safety hold, each reason in plain language with the person it concerns. */
export function HoldBanner({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  if (!view.onSafetyHold) return null;
  const nameOf = (id: string) => {
    const p = view.participants.find((x) => x.participantId === id);
    return p ? labels.name(p) : t('cases.hold.someone');
  };
  return (
    <div role="alert" className="ro-hold-banner" data-testid="hold-banner">
      <GcdsAlert alertRole="danger" heading={t('cases.hold.title')} hideCloseBtn container="full">
        <p>{t('cases.hold.body')}</p>
        <ul data-testid="hold-reasons">
          {view.holdReasons.map((r) => (
            <li key={`${r.participantId}-${r.reason}`} data-testid="hold-reason" data-reason={r.reason}>
              {t(`cases.hold.reasonFor.${r.reason}`, { name: nameOf(r.participantId), date: formatDate(r.due ? `${r.due}T12:00:00` : null, i18n.language, false) })}
            </li>
          ))}
        </ul>
        <p>{t('cases.hold.howToClear')}</p>
      </GcdsAlert>
    </div>
  );
}
