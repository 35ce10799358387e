import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api/problem';
import { refusedHeadings } from '../lib/api/refused-headings';
import { useIsCurrentError } from '../lib/notices';

interface ErrorAlertProps {
  error: unknown;
  /** Field errors already shown at their fields are left out of the alert. */
  shownFields?: readonly string[];
  /** What was refused, when the operation alone does not say it (e.g. "The case was not closed"). */
  action?: string;
}

/** The heading of a failed call: what was refused (the operation's, or `action`), else the problem's title. */
function useHeading(error: unknown, action: string | undefined): string {
  const { t } = useTranslation();
  if (action) return action;
  if (!isApiError(error)) return t('errors.title');
  const refused = error.operation ? refusedHeadings[error.operation] : undefined;
  if (refused) return t(`refused.${refused}`);
  if (error.isChange) return t('refused.change');
  return error.problem.title ?? t('errors.title');
}

/**
 * A GCDS danger alert for an error that belongs to no field: headed by what was refused (a read's error by the
 * problem's title), the server's reason as its body, the reference small. An action's error is gone once the
 * next action starts or the reader moves on (lib/notices).
 */
export function ErrorAlert({ error, shownFields = [], action }: ErrorAlertProps) {
  const { t } = useTranslation();
  const heading = useHeading(error, action);
  const current = useIsCurrentError(error);
  let body = t('errors.generic');
  let requestId: string | undefined;
  let otherFields: string[] = [];
  if (isApiError(error)) {
    const problem = error.problem;
    if (error.status === 401) body = t('errors.unauthorized');
    else if (error.status === 403) body = t('errors.forbidden');
    else if (error.status === 404) body = t('errors.notFound');
    else body = problem.detail ?? problem.title ?? body;
    requestId = problem.requestId;
    otherFields = (problem.errors ?? [])
      .filter((v) => !v.field || !shownFields.includes(v.field))
      .map((v) => (v.field ? `${v.field}: ${v.message ?? v.rule ?? ''}` : (v.message ?? '')));
  } else if (error instanceof TypeError) {
    body = t('errors.network');
  }
  if (!current) return null;
  return (
    <div role="alert" data-testid="error-alert" data-heading={heading}>
      <GcdsAlert alertRole="danger" heading={heading} hideCloseBtn container="full">
        <p>{body}</p>
        {otherFields.length ? (
          <ul>
            {otherFields.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        {requestId ? <p className="ro-small">{t('errors.requestId', { id: requestId })}</p> : null}
      </GcdsAlert>
    </div>
  );
}
