import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { useExportAccess } from '../api/export-access';

/** A coordinator's access request export of one participant: JSON or the bilingual PDF, each download audited. */
export function AccessExport({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const exporting = useExportAccess(participantId);
  return (
    <section aria-labelledby="access-export-heading" data-testid="access-export">
      <h2 id="access-export-heading">{t('privacyExport.title')}</h2>
      <p>{t('privacyExport.intro')}</p>
      <div className="ro-actions">
        <Button variant="secondary" disabled={exporting.isPending} onClick={() => exporting.mutate('pdf')} data-testid="access-export-pdf">
          {t('privacyExport.pdf')}
        </Button>
        <Button variant="secondary" disabled={exporting.isPending} onClick={() => exporting.mutate('json')} data-testid="access-export-json">
          {t('privacyExport.json')}
        </Button>
      </div>
      <p role="status" aria-live="polite" data-testid="access-export-status">
        {exporting.isPending ? t('privacyExport.preparing') : exporting.isSuccess ? t('privacyExport.done') : null}
      </p>
      {exporting.isError ? <ErrorAlert error={exporting.error} /> : null}
    </section>
  );
}
