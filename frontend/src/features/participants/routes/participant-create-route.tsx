import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useCreateParticipant } from '../api/create-participant';
import { ParticipantForm } from '../components/participant-form';
import { emptyParticipantForm, toNewParticipant } from '../components/participant-form-schema';

export function ParticipantCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateParticipant();
  return (
    <>
      <PageHeading title={t('participants.createTitle')}>{t('participants.createTitle')}</PageHeading>
      <ParticipantForm
        mode="create"
        initialValues={emptyParticipantForm}
        submitting={mutation.isPending}
        error={mutation.error}
        cancelTo="/participants"
        onSubmit={(values) =>
          mutation.mutate(toNewParticipant(values), {
            onSuccess: (created) => navigate(`/participants/${created.participant.id}`, { state: { notice: 'created' } }),
          })
        }
      />
    </>
  );
}
