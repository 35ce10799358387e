import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api/problem';

interface UploadFieldProps {
  name: string;
  label: string;
  hint?: string;
  accept?: string | undefined;
  onFile: (file: File | null) => void;
  /** 0 to 1 while uploading, undefined before. */
  progress?: number | undefined;
  error?: unknown;
  /** A check made before sending (e.g. no file chosen). */
  fieldError?: string | undefined;
  disabled?: boolean;
  /** Given while the file goes up: a Cancel button aborts the upload. */
  onCancel?: (() => void) | undefined;
  /** The last upload was cancelled (nothing was kept). */
  cancelled?: boolean;
}

/** The rules the API names in a refused upload, put in plain words. */
function ruleKey(error: unknown): 'messages.upload.allowedType' | 'messages.upload.maxSize' | undefined {
  if (!isApiError(error) || error.status !== 400) return undefined;
  const rules = (error.problem.errors ?? []).map((e) => e.rule);
  if (rules.includes('AllowedType')) return 'messages.upload.allowedType';
  if (rules.includes('MaxSize')) return 'messages.upload.maxSize';
  return undefined;
}

/**
 * A file input with a progress bar and its percentage while the file goes up, a button to cancel it, and the API's
 * refusal (type, size) when there is one.
 */
export function UploadField({ name, label, hint, accept, onFile, progress, error, fieldError, disabled, onCancel, cancelled }: UploadFieldProps) {
  const { t } = useTranslation();
  const id = `field-${name}`;
  const progressId = useId();
  const [fileName, setFileName] = useState('');
  const key = ruleKey(error);
  const rule = key ? t(key) : undefined;
  const percent = progress === undefined ? undefined : Math.round(progress * 100);
  return (
    <div className={`ro-field${error || fieldError ? ' ro-field--error' : ''}`} data-testid={`${name}-upload`}>
      <label htmlFor={id} className="ro-label">
        {label}
      </label>
      {hint ? (
        <p className="ro-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {fieldError ? (
        <p className="ro-error-message" id={`${id}-error`} data-testid={`${id}-error`}>
          {fieldError}
        </p>
      ) : null}
      {rule ? (
        <p className="ro-error-message" data-testid={`${name}-upload-rule`}>
          {rule}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={`${name}-file`}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setFileName(file?.name ?? '');
          onFile(file);
        }}
      />
      {percent !== undefined ? (
        <div className="ro-upload-progress">
          <label htmlFor={progressId} className="ro-small">
            {t('messages.upload.progress', { name: fileName, percent })}
          </label>
          <progress id={progressId} max={100} value={percent} data-testid={`${name}-progress`} />
          {onCancel && percent < 100 ? (
            <Button variant="secondary" size="small" onClick={onCancel} data-testid={`${name}-cancel-upload`}>
              {t('messages.upload.cancel')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {cancelled && percent === undefined ? (
        <p className="ro-small" role="status" data-testid={`${name}-upload-cancelled`}>
          {t('messages.upload.cancelled')}
        </p>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
