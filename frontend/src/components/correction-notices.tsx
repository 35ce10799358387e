import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { useRecordCorrections, type CorrectionView, type RecordType } from '../lib/api/corrections';
import { useFieldLabel } from './correction-labels';
import { formatDate } from './format-date';

interface CorrectionNoticesProps {
  recordType: RecordType;
  /** The records the page shows: their notices are read in one call. */
  recordIds: readonly string[];
  /** Only the notices of this record (a row of a list); all of those read otherwise. */
  only?: string;
}

/**
 * "A correction was requested on <field> on <date>": open, disputed (with the person's statement) or corrected,
 * shown with the record it concerns, to the roles that read corrections (coordinators).
 */
export function CorrectionNotices({ recordType, recordIds, only }: CorrectionNoticesProps) {
  const query = useRecordCorrections(recordType, recordIds);
  const items = (query.data?.items ?? []).filter((c) => only === undefined || c.recordId === only);
  if (items.length === 0) return null;
  return (
    <div className="ro-correction-notices" data-testid="correction-notices">
      {items.map((c) => (
        <CorrectionNotice key={c.id} correction={c} />
      ))}
    </div>
  );
}

export function CorrectionNotice({ correction }: { correction: CorrectionView }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const field = fieldLabel(correction.recordType, correction.field);
  return (
    <div data-testid="correction-notice" data-state={correction.state}>
      <GcdsAlert alertRole={correction.state === 'ANNOTATED' ? 'warning' : 'info'} heading={t('corrections.notice.heading')} hideCloseBtn container="full">
        <p>
          {t('corrections.notice.requested', { field, date: formatDate(correction.requestedAt, i18n.language, false) })}{' '}
          <strong data-testid="correction-notice-state">{t(`corrections.notice.state.${correction.state}`)}</strong>
        </p>
        {correction.state !== 'CORRECTED' ? (
          <p>
            {t('corrections.notice.statement')} <q>{correction.whatIsWrong}</q>
          </p>
        ) : null}
      </GcdsAlert>
    </div>
  );
}
