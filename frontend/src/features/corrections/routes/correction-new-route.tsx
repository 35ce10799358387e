import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useCreateCorrection } from '../api/create-correction';
import type { RecordType } from '../api/types';
import { participantFields } from '../../../components/correction-labels';
import { CorrectionForm } from '../components/correction-form';

const recordTypes = ['PARTICIPANT', 'REFERRAL', 'SUITABILITY_ASSESSMENT', 'SAFETY_ASSESSMENT', 'MESSAGE', 'CASE_NOTE'] as const satisfies readonly RecordType[];
const asRecordType = (v: string | null): RecordType | undefined => recordTypes.find((r) => r === v);

/** Coordinators: record a person's correction request against one of their records (reached from the record's page). */
export function CorrectionNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const participantId = searchParams.get('participantId') ?? '';
  const recordType = asRecordType(searchParams.get('recordType')) ?? 'PARTICIPANT';
  const recordId = searchParams.get('recordId') ?? participantId;
  const back = recordType === 'PARTICIPANT' ? `/participants/${recordId}` : '/corrections';
  const create = useCreateCorrection();
  return (
    <>
      <PageHeading title={t('corrections.newTitle')}>{t('corrections.newTitle')}</PageHeading>
      <p>{t('corrections.newIntro', { record: t(`corrections.recordType.${recordType}`) })}</p>
      <CorrectionForm
        participantId={participantId}
        recordType={recordType}
        recordId={recordId}
        fields={recordType === 'PARTICIPANT' ? participantFields : []}
        onSubmit={(body) => create.mutate(body, { onSuccess: () => void navigate(back) })}
        cancelTo={back}
        submitting={create.isPending}
        error={create.error}
      />
      <p>
        <Link to="/corrections">{t('corrections.toList')}</Link>
      </p>
    </>
  );
}
