import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { getLetterPdf } from '../api/get-letter-pdf';

/** "Print letter (PDF)": the approved letter as a PDF, fetched with the token and opened from a blob in a new tab. */
export function PrintLetterButton({ caseId, messageId }: { caseId: string; messageId: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    // Opened during the click so that pop-up blockers allow it; pointed at the PDF once read.
    const tab = window.open('', '_blank');
    setBusy(true);
    setError(undefined);
    try {
      const url = URL.createObjectURL(await getLetterPdf(caseId, messageId));
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      // The tab has loaded it by then; the URL is no longer needed.
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      tab?.close();
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ro-actions" data-testid="print-letter-block">
      <Button variant="secondary" disabled={busy} onClick={() => void print()} data-testid="print-letter">
        {t('messages.recipientCopy.print')}
      </Button>
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
