import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/form-fields';
import { FormActions } from '../../../components/form-parts';

interface ScreeningNoteFormProps {
  name: string;
  title: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/** A required text (return comments, a reason for withholding) and a button. */
export function ScreeningNoteForm({ name, title, label, submitLabel, pending, error, onSubmit, onCancel }: ScreeningNoteFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return setFieldError(t('validation.required'));
    if (value.length > 4000) return setFieldError(t('validation.tooLong', { max: 4000 }));
    setFieldError(undefined);
    onSubmit(value);
  };
  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid={`${name}-form`}>
      <h3>{title}</h3>
      {error ? <ErrorAlert error={error} /> : null}
      <TextField name={name} multiline required label={label} value={text} onChange={setText} error={fieldError} />
      <FormActions submitLabel={submitLabel} testId={`confirm-${name}`} submitting={pending} keepLabel onCancel={onCancel} />
    </form>
  );
}
