import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { etagOf } from '../../../lib/api/etag';
import { isApiError } from '../../../lib/api/problem';
import { useParticipant } from '../api/get-participant';
import { useUpdateParticipant } from '../api/update-participant';
import { ParticipantForm } from '../components/participant-form';
import { formValuesFrom, toParticipantUpdate } from '../components/participant-form-schema';

export function ParticipantEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useParticipant(id);
  const mutation = useUpdateParticipant();

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;

  const { participant, etag } = query.data;
  const stale = isApiError(mutation.error) && mutation.error.status === 412;
  const reload = async () => {
    mutation.reset();
    await query.refetch();
  };

  return (
    <>
      <PageHeading title={t('participants.editTitle')}>{t('participants.editTitle')}</PageHeading>
      {stale ? (
        <div role="alert" data-testid="stale-alert">
          <GcdsAlert alertRole="warning" heading={t('participants.staleTitle')} hideCloseBtn container="full">
            <p>{t('participants.staleBody')}</p>
            <Button variant="secondary" onClick={() => void reload()} data-testid="reload-participant">
              {t('participants.reload')}
            </Button>
          </GcdsAlert>
        </div>
      ) : null}
      <ParticipantForm
        // A new version read from the API starts the form afresh.
        key={`${participant.id}:${participant.version}`}
        mode="edit"
        initialValues={formValuesFrom(participant)}
        submitting={mutation.isPending}
        error={mutation.error}
        cancelTo={`/participants/${participant.id}`}
        onSubmit={(values) =>
          mutation.mutate(
            { id: participant.id, etag: etag ?? etagOf(participant), body: toParticipantUpdate(values) },
            { onSuccess: () => navigate(`/participants/${participant.id}`, { state: { notice: 'updated' } }) },
          )
        }
      />
    </>
  );
}
