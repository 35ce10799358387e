import { SuccessNotice } from '../../../components/success-notice';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { CorrectionNotices } from '../../../components/correction-notices';
import { useParticipant } from '../api/get-participant';
import { AccessExport } from '../components/access-export';
import { ParticipantDetails } from '../components/participant-details';

export function ParticipantDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: 'created' | 'updated' } | null)?.notice;
  const query = useParticipant(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeading title={t('participants.detailTitle')}>{t('participants.detailTitle')}</PageHeading>
        <ErrorAlert error={query.error} />
        <p>
          <Link to="/participants">{t('participants.backToList')}</Link>
        </p>
      </>
    );
  }
  const { participant } = query.data;
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      {notice ? (
        <SuccessNotice heading={t(`participants.${notice}`)} />
      ) : null}
      <PageHeading title={name}>{name}</PageHeading>
      <CorrectionNotices recordType="PARTICIPANT" recordIds={[participant.id]} />
      <ParticipantDetails participant={participant} />
      <div className="ro-actions">
        <Authorization policy="participants:update">
          <ButtonLink to={`/participants/${participant.id}/edit`} variant="primary" data-testid="edit-participant">
            {t('participants.edit')}
          </ButtonLink>
        </Authorization>
        <Authorization policy="corrections:manage">
          <ButtonLink
            to={`/corrections/new?participantId=${participant.id}&recordType=PARTICIPANT&recordId=${participant.id}`}
            variant="secondary"
            data-testid="request-correction"
          >
            {t('corrections.requestButton')}
          </ButtonLink>
        </Authorization>
        <ButtonLink to="/participants" variant="secondary">
          {t('participants.backToList')}
        </ButtonLink>
      </div>
      <Authorization policy="participants:access-export">
        <AccessExport participantId={participant.id} />
      </Authorization>
    </>
  );
}
