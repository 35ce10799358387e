import type { ReactNode } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}

function FieldShell({ id, label, hint, error, required, children }: FieldShellProps) {
  return (
    <div className={`ro-field${error ? ' ro-field--error' : ''}`}>
      <label htmlFor={id} className="ro-label">
        {label}
        {required ? <span className="ro-required" aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p className="ro-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="ro-error-message" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'search' | 'date' | 'time';
  multiline?: boolean;
  autoComplete?: string;
}

/** A text input styled with the GC Design System's tokens, its error shown above the input as GCDS does. */
export function TextField({ name, label, value, onChange, hint, error, required, type = 'text', multiline, autoComplete }: TextFieldProps) {
  const id = `field-${name.replace(/\./g, '-')}`;
  const common = {
    id,
    name,
    value,
    className: 'ro-input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'aria-required': required || undefined,
  } as const;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

export function SelectField({ name, label, value, onChange, options, placeholder, hint, error, required }: SelectFieldProps) {
  const id = `field-${name.replace(/\./g, '-')}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={name}
        value={value}
        className="ro-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

export function CheckboxField({ name, label, checked, onChange, error }: CheckboxFieldProps) {
  const id = `field-${name.replace(/\./g, '-')}`;
  return (
    <div className={`ro-field ro-checkbox${error ? ' ro-field--error' : ''}`}>
      {error ? (
        <p className="ro-error-message" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface RadioGroupFieldProps {
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Options side by side as large tiles (quick to hit during a call). */
  inline?: boolean;
}

/** A group of radio buttons in a fieldset, its legend the question. */
export function RadioGroupField({ name, legend, value, onChange, options, hint, error, required, inline }: RadioGroupFieldProps) {
  const id = `field-${name.replace(/\./g, '-')}`;
  return (
    <fieldset
      id={id}
      className={`ro-field ro-radios${inline ? ' ro-radios--inline' : ''}${error ? ' ro-field--error' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
      data-testid={id}
    >
      <legend className="ro-label">
        {legend}
        {required ? <span className="ro-required" aria-hidden="true"> *</span> : null}
      </legend>
      {hint ? (
        <p className="ro-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="ro-error-message" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="ro-radios__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className={`ro-radio${value === option.value ? ' ro-radio--checked' : ''}`}>
              <input id={optionId} type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
