import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { grantPlayback } from '../api/grant-playback';
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
 * A stored file: a video plays in a <video controls> element streamed by byte ranges under a playback grant (seeking
 * reads only what it needs); when the grant's session has ended (a long pause), a fresh grant resumes where it was.
 * A scan opens in a new tab, read with the bearer token as a blob (see readMessageFile).
 */
export function MessageFile({ caseId, messageId, file, testId }: MessageFileProps) {
  const { t, i18n } = useTranslation();
  const isVideo = file.contentType.startsWith('video/');
  const [url, setUrl] = useState<string>();
  const [videoUrl, setVideoUrl] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const resume = useRef<{ at: number; play: boolean } | null>(null);
  const renewed = useRef(0);

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

  const play = async () => {
    setLoading(true);
    setError(undefined);
    try {
      setVideoUrl(await grantPlayback(caseId, messageId, file.id));
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  /** The session ended (or the element failed): a fresh grant, at most once a minute, resuming where it was. */
  const renew = () => {
    const element = video.current;
    if (!element || Date.now() - renewed.current < 60_000) {
      setError(new Error(t('messages.file.videoFailed')));
      return;
    }
    renewed.current = Date.now();
    resume.current = { at: element.currentTime, play: !element.paused };
    void play();
  };

  return (
    <div className="ro-file" data-testid={testId} data-file-id={file.id}>
      <p className="ro-small">
        {t('messages.file.description', { type: file.contentType, size: sizeText(file.sizeBytes, i18n.language) })}
      </p>
      {isVideo && videoUrl ? (
        <video
          ref={video}
          controls
          preload="metadata"
          src={videoUrl}
          className="ro-video"
          data-testid={`${testId}-video`}
          onError={renew}
          onLoadedMetadata={(e) => {
            const at = resume.current;
            resume.current = null;
            if (at) {
              e.currentTarget.currentTime = at.at;
              if (at.play) void e.currentTarget.play();
            }
          }}
        >
          {t('messages.file.noVideo')}
        </video>
      ) : null}
      {isVideo && !videoUrl ? (
        <Button variant="secondary" disabled={loading} onClick={() => void play()} data-testid={`${testId}-play`}>
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
