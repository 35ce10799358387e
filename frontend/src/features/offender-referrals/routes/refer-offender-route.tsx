import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useReferOffender } from '../api/refer-offender';
import { ReferOffenderForm } from '../components/refer-offender-form';
import { toOffenderReferralRequest } from '../components/refer-offender-schema';

export function ReferOffenderRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useReferOffender();
  return (
    <>
      <PageHeading title={t('offenderReferrals.form.title')}>{t('offenderReferrals.form.title')}</PageHeading>
      <p>{t('offenderReferrals.form.intro')}</p>
      <ReferOffenderForm
        submitting={mutation.isPending}
        error={mutation.error}
        onSubmit={(values) =>
          mutation.mutate(toOffenderReferralRequest(values), {
            onSuccess: (created) => navigate(`/offender-referrals/${created.id}`, { state: { notice: 'referred' } }),
          })
        }
      />
    </>
  );
}
