import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { readMessageFile } from '../api/read-message-file';
import type { FileView } from '../api/types';

function sizeText(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

interface MessageFileProps {
  caseId: string;
  messageId: string;
  file: FileView;
  testId: string;
}

/**
 * A stored file: a video plays in a <video controls> element (seeking included); a scan opens in a new tab.
 * Both are read with the bearer token as a blob and shown through an object URL (see readMessageFile).
 */
export function MessageFile({ caseId, messageId, file, testId }: MessageFileProps) {
  const { t, i18n } = useTranslation();
  const isVideo = file.contentType.startsWith('video/');
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);

  const load = async (): Promise<string | undefined> => {
    if (url) return url;
    setLoading(true);
    setError(undefined);
    try {
      const blob = await readMessageFile(caseId, messageId, file.id);
      const typed = blob.type ? blob : new Blob([blob], { type: file.contentType });
      const objectUrl = URL.createObjectURL(typed);
      setUrl(objectUrl);
      return objectUrl;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="ro-file" data-testid={testId} data-file-id={file.id}>
      <p className="ro-small">
        {t('messages.file.description', { type: file.contentType, size: sizeText(file.sizeBytes, i18n.language) })}
      </p>
      {isVideo && url ? (
        <video controls preload="metadata" src={url} className="ro-video" data-testid={`${testId}-video`}>
          {t('messages.file.noVideo')}
        </video>
      ) : null}
      {isVideo && !url ? (
        <Button variant="secondary" disabled={loading} onClick={() => void load()} data-testid={`${testId}-play`}>
          {t('messages.file.loadVideo')}
        </Button>
      ) : null}
      {!isVideo ? (
        <Button
          variant="secondary"
          disabled={loading}
          data-testid={`${testId}-open`}
          onClick={() => {
            // Opened at once (then pointed at the blob) so that pop-up blockers see the click.
            const tab = window.open('', '_blank');
            void load().then((objectUrl) => {
              if (objectUrl && tab) tab.location.href = objectUrl;
              else tab?.close();
            });
          }}
        >
          {t('messages.file.open')}
        </Button>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
