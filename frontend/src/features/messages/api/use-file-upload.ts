import { useEffect, useRef, useState } from 'react';
import type { MessageView } from './types';
import { UploadCancelled, useUploadMessageFile, type UploadInput } from './upload-message-file';

/**
 * An upload the person can follow (its progress, 0 to 1) and cancel: cancelling aborts the request, forgets the
 * upload's state and says so; leaving the page aborts it too. The API keeps nothing of an aborted upload.
 */
export function useFileUpload() {
  const upload = useUploadMessageFile();
  const controller = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<number>();
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => () => controller.current?.abort(), []);

  const start = (input: Omit<UploadInput, 'onProgress' | 'signal'>, onSuccess: (view: MessageView) => void) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setCancelled(false);
    setProgress(0);
    upload.mutate({ ...input, onProgress: setProgress, signal: current.signal }, { onSuccess });
  };

  const cancel = () => {
    controller.current?.abort();
    controller.current = null;
    upload.reset();
    setProgress(undefined);
    setCancelled(true);
  };

  const error = upload.error instanceof UploadCancelled ? null : upload.error;
  return { start, cancel, progress, cancelled, error, isPending: upload.isPending };
}
