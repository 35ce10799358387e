import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { isApiError } from '../../../lib/api/problem';
import { useMessageCase } from '../api/get-message-case';
import { useMessages } from '../api/list-messages';
import { useMessageLabels } from '../components/message-labels';
import { MessagesTable } from '../components/messages-table';
import { RecordMessageForm } from '../components/record-message-form';

/** A case's messages, and recording a new one for a participant. */
export function CaseMessagesRoute() {
  const { t } = useTranslation();
  const labels = useMessageLabels();
  const { id = '' } = useParams();
  const caseQuery = useMessageCase(id);
  const messages = useMessages(id);
  const [recording, setRecording] = useState(false);

  if (caseQuery.isPending) return <Loading />;
  if (caseQuery.isError) {
    const notFound = isApiError(caseQuery.error) && caseQuery.error.status === 404;
    return (
      <>
        <PageHeading title={t('messages.list.title')}>{notFound ? t('messages.notFound') : t('messages.list.title')}</PageHeading>
        {notFound ? <p data-testid="case-not-found">{t('messages.notFoundBody')}</p> : <ErrorAlert error={caseQuery.error} />}
        <p>
          <Link to="/cases">{t('messages.backToCases')}</Link>
        </p>
      </>
    );
  }
  const participants = caseQuery.data.participants;
  const names = participants.map((p) => labels.name(p)).join(', ');
  const heading = t('messages.list.heading', { names });
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p>
        <Link to={`/cases/${id}`} data-testid="back-to-case">
          {t('messages.backToCase')}
        </Link>
      </p>
      {messages.isPending ? <Loading /> : null}
      {messages.isError ? <ErrorAlert error={messages.error} /> : null}
      {messages.data && !messages.data.length ? <p data-testid="no-messages">{t('messages.list.none')}</p> : null}
      {messages.data?.length ? <MessagesTable caseId={id} messages={messages.data} participants={participants} /> : null}
      <Authorization policy="messages:record">
        {recording ? (
          <RecordMessageForm caseId={id} participants={participants} onCancel={() => setRecording(false)} />
        ) : (
          <Button variant="primary" onClick={() => setRecording(true)} data-testid="record-message">
            {t('messages.record.title')}
          </Button>
        )}
      </Authorization>
    </>
  );
}
