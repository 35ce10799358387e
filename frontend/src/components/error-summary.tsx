import { useTranslation } from 'react-i18next';

/** The GC Design System's error summary: each message links to its field (`field-<path with dashes>`). */
export function ErrorSummary({ errors }: { errors: readonly { field: string; message: string }[] }) {
  const { t } = useTranslation();
  if (!errors.length) return null;
  return (
    <div className="ro-error-summary" role="alert" data-testid="error-summary" tabIndex={-1}>
      <h2>{t('participants.errorSummary')}</h2>
      <ul>
        {errors.map(({ field, message }) => (
          <li key={field}>
            <a href={`#field-${field.replace(/\./g, '-')}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
