import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useRecordHarmedPersonRequest } from '../api/record-harmed-person-request';
import { RecordCallForm } from '../components/record-call-form';
import { toHarmedPersonRequest } from '../components/record-call-schema';

export function RecordCallRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useRecordHarmedPersonRequest();
  return (
    <>
      <PageHeading title={t('referrals.call.title')}>{t('referrals.call.title')}</PageHeading>
      <p>{t('referrals.call.intro')}</p>
      <RecordCallForm
        submitting={mutation.isPending}
        error={mutation.error}
        onSubmit={(values) =>
          mutation.mutate(toHarmedPersonRequest(values), {
            onSuccess: (created) => navigate(`/referrals/${created.id}`, { state: { notice: 'recorded' } }),
          })
        }
      />
    </>
  );
}
