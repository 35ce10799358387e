import { SuccessNotice } from '../../../components/success-notice';
import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { CorrectionNotices } from '../../../components/correction-notices';
import { PageHeading } from '../../../components/page-heading';
import { isApiError } from '../../../lib/api/problem';
import { useMessage } from '../api/get-message';
import { useMessageCase } from '../api/get-message-case';
import { AuthorCopyPanel, RecipientCopyPanel } from '../components/copies-panels';
import { MessageActions } from '../components/message-actions';
import { MessageBadges } from '../components/message-badges';
import { participantOf, useMessageLabels } from '../components/message-labels';
import { MessageVersions } from '../components/message-versions';
import { staffName } from '../../../components/staff-name';

/** One message: its versions side by side, the moves its state allows, and what each side is given or told. */
export function MessageRoute() {
  const { t, i18n } = useTranslation();
  const labels = useMessageLabels();
  const { id: caseId = '', messageId = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: 'recorded' } | null)?.notice;
  const query = useMessage(caseId, messageId);
  const caseQuery = useMessageCase(caseId);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeading title={t('messages.page.title')}>{notFound ? t('messages.page.notFound') : t('messages.page.title')}</PageHeading>
        {notFound ? <p data-testid="message-not-found">{t('messages.page.notFoundBody')}</p> : <ErrorAlert error={query.error} />}
        <p>
          <Link to={`/cases/${caseId}/messages`}>{t('messages.backToMessages')}</Link>
        </p>
      </>
    );
  }
  const message = query.data;
  const participants = caseQuery.data?.participants ?? [];
  const author = labels.name(participantOf(participants, message.authorId));
  const recipient = labels.name(participantOf(participants, message.recipientId));
  const heading = t('messages.page.heading', { kind: labels.kind(message.kind), author, recipient });
  const row = (label: string, value: string | null | undefined, testId?: string) =>
    value ? (
      <div className="ro-dl__row">
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </div>
    ) : null;
  return (
    <>
      {notice ? (
        <SuccessNotice heading={t('messages.record.recorded')} />
      ) : null}
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="ro-state-line">
        {t('messages.fields.state')} <MessageBadges message={message} />
      </p>
      {message.held ? (
        <div data-testid="held-banner">
          <GcdsAlert alertRole="warning" heading={t('messages.heldTitle')} hideCloseBtn container="full">
            <p>{t('messages.heldBody')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      <dl className="ro-dl">
        {row(t('messages.page.recordedBy'), `${staffName(message.createdByName, message.createdBy)}, ${formatDate(message.createdAt, i18n.language)}`)}
        {row(t('messages.page.submittedAt'), formatDate(message.submittedAt, i18n.language))}
        {row(t('peopleFacts.message.approvedBy'), message.approvedBy ? staffName(message.approvedByName, message.approvedBy) : null, 'approved-by')}
        {row(t('peopleFacts.message.approvedAt'), formatDate(message.approvedAt, i18n.language), 'approved-at')}
        {row(t('messages.fields.returnComments'), message.returnComments, 'return-comments')}
        {row(t('messages.fields.withholdReason'), message.withholdReason, 'withhold-reason')}
        {row(t('messages.fields.deliveryMethod'), message.deliveryMethod ? labels.method(message.deliveryMethod) : '', 'delivery-method')}
        {row(t('messages.page.deliveredAt'), formatDate(message.deliveredAt, i18n.language))}
        {row(t('messages.page.acknowledgedAt'), formatDate(message.acknowledgedAt, i18n.language))}
        {row(
          t('messages.fields.authorMayKnow'),
          message.authorMayKnow == null ? '' : message.authorMayKnow ? t('messages.actions.authorMayKnowYes') : t('messages.actions.authorMayKnowNo'),
          'author-may-know',
        )}
      </dl>
      <CorrectionNotices recordType="MESSAGE" recordIds={[message.id]} />
      <MessageVersions message={message} />
      <Authorization policy="messages:screen">
        <MessageActions message={message} />
      </Authorization>
      <div className="ro-side-by-side">
        <RecipientCopyPanel message={message} />
        <AuthorCopyPanel message={message} />
      </div>
      <p>
        <Link to={`/cases/${caseId}/messages`} data-testid="back-to-messages">
          {t('messages.backToMessages')}
        </Link>
      </p>
    </>
  );
}
