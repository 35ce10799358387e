import { SuccessNotice } from '../../../components/success-notice';
import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { StateBadge } from '../../../components/state-badge';
import { isApiError } from '../../../lib/api/problem';
import { useCase } from '../api/get-case';
import { useCaseLabels } from '../components/case-labels';
import { HoldBadge } from '../components/due-date';
import { HoldBanner } from '../components/hold-banner';
import { FeedbackSection } from '../components/feedback-section';
import { MediatorsSection } from '../components/mediators-section';
import { MeetingsSection } from '../components/meetings-section';
import { NotesSection } from '../components/notes-section';
import { ParticipantsSection } from '../components/participants-section';
import { SafetySection } from '../components/safety-section';
import { StageSection } from '../components/stage-section';
import { TimelineSection } from '../components/timeline-section';
import { WaysSection } from '../components/ways-section';
import { staffName } from '../../../components/staff-name';

/** A case's workspace: participants, stage, ways and consents, safety, meetings, notes and the timeline. */
export function CaseWorkspaceRoute() {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: 'opened' } | null)?.notice;
  const query = useCase(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeading title={t('cases.workspace.title')}>{notFound ? t('cases.workspace.notFound') : t('cases.workspace.title')}</PageHeading>
        {notFound ? <p data-testid="case-not-found">{t('cases.workspace.notFoundBody')}</p> : <ErrorAlert error={query.error} />}
        <p>
          <Link to="/cases">{t('cases.workspace.back')}</Link>
        </p>
      </>
    );
  }
  const view = query.data;
  const names = view.participants.map(labels.name).join(', ');
  const heading = t('cases.workspace.heading', { names });
  return (
    <>
      {notice ? (
        <SuccessNotice heading={t('cases.open.opened')} />
      ) : null}
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="ro-state-line">
        {t('cases.workspace.stage')} <StateBadge state={`stage-${view.stage}`} label={labels.stage(view.stage)} testId="case-stage" />
        {view.onSafetyHold ? <HoldBadge /> : null}
      </p>
      <p className="ro-small">{t('cases.workspace.opened', { date: formatDate(view.openedAt, i18n.language), by: staffName(view.openedByName, view.openedBy) })}</p>
      <HoldBanner view={view} />
      {view.noContactReviewPending ? (
        <div data-testid="no-contact-pending">
          <GcdsAlert alertRole="warning" heading={t('cases.workspace.noContactPending')} hideCloseBtn container="full" />
        </div>
      ) : null}
      <nav aria-label={t('cases.workspace.sections')} className="ro-toc">
        <ul>
          {(['participants', 'stage', 'ways', 'safety', 'meetings', 'notes', 'timeline'] as const).map((s) => (
            <li key={s}>
              <a href={`#${s}-heading`}>{t(`cases.workspace.toc.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="ro-block" data-testid="case-messages-link">
        <ButtonLink to={`/cases/${view.id}/messages`} variant="secondary" data-testid="open-case-messages">
          {t('cases.workspace.messages')}
        </ButtonLink>
      </p>
      <ParticipantsSection view={view} />
      <MediatorsSection view={view} />
      <StageSection view={view} />
      <WaysSection key={view.ways.join(',')} view={view} />
      <SafetySection view={view} />
      <MeetingsSection view={view} />
      <FeedbackSection view={view} />
      <NotesSection caseId={view.id} />
      <TimelineSection caseId={view.id} />
      <p>
        <Link to="/cases">{t('cases.workspace.back')}</Link>
      </p>
    </>
  );
}
