import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api/problem';

interface ErrorAlertProps {
  error: unknown;
  /** Field errors already shown at their fields are left out of the alert. */
  shownFields?: readonly string[];
}

/** A GCDS danger alert for an error that belongs to no field: the API's problem title and detail, or a generic message. */
export function ErrorAlert({ error, shownFields = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  let heading = t('errors.title');
  let body = t('errors.generic');
  let requestId: string | undefined;
  let otherFields: string[] = [];
  if (isApiError(error)) {
    const problem = error.problem;
    if (error.status === 401) body = t('errors.unauthorized');
    else if (error.status === 403) body = t('errors.forbidden');
    else if (error.status === 404) body = t('errors.notFound');
    else body = problem.detail ?? problem.title ?? body;
    if (problem.title) heading = problem.title;
    requestId = problem.requestId;
    otherFields = (problem.errors ?? [])
      .filter((v) => !v.field || !shownFields.includes(v.field))
      .map((v) => (v.field ? `${v.field}: ${v.message ?? v.rule ?? ''}` : (v.message ?? '')));
  } else if (error instanceof TypeError) {
    body = t('errors.network');
  }
  return (
    <div role="alert" data-testid="error-alert">
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
