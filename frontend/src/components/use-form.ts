import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { isApiError } from '../lib/api/problem';
import { issuesByField, useValidationText } from './use-validation-text';

/** A form's values checked before sending: the values to send, or a message key by field path. */
export type Validation<T> = { ok: true; values: T } | { ok: false; errors: Record<string, string> };

/** A zod schema as a form's check: its output, or its first message at each field. */
export function validateWith<T>(schema: z.ZodType<T>): (values: unknown) => Validation<T> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success ? { ok: true, values: result.data } : { ok: false, errors: issuesByField(result.error.issues) };
  };
}

/**
 * When the general error alert gives way to the messages at the fields:
 * - `all-at-fields`: when every violation the API names is at one of the form's `fields`;
 * - `any-field`: as soon as the API names a field;
 * - `never`: the alert always shows, listing only what the fields do not.
 */
export type AlertRule = 'all-at-fields' | 'any-field' | 'never';

interface FormOptions<V, T> {
  initial: V;
  /** Checked before sending, by a zod schema or a function (see `validateWith`); nothing is sent while it refuses. */
  validate: z.ZodType<T> | ((values: V) => Validation<T>);
  /** Called with the checked values; `fail` puts messages at fields found only then. */
  onValid: (values: NoInfer<T>, fail: (errors: Record<string, string>) => void) => void;
  /** The last API error: its problem+json field errors go to their fields, the rest to the alert. */
  error: unknown;
  /** The fields the form shows, in order: the error summary lists their messages. */
  fields?: readonly string[];
  /** Whether an error summary lists the fields' messages above the form (default: when `fields` are given). */
  summary?: boolean;
  alert?: AlertRule;
  /** Statuses another part of the page explains (a stale version, 412), left out of the alert. */
  quietStatuses?: readonly number[];
  /** Turns a validation message into text (default: the `validation.` locale keys). */
  translate?: (message: string) => string;
}

/**
 * One form's state and errors: its values, the zod check before sending, the API's field errors at their fields,
 * the general alert and the error summary (shown by `FormProblems`).
 */
export function useForm<V, T>(options: FormOptions<V, T>) {
  const { initial, validate, onValid, error, fields, quietStatuses = [] } = options;
  const validationText = useValidationText();
  const translate = options.translate ?? validationText;
  const [values, setValues] = useState<V>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const serverErrors = isApiError(error) ? error.fieldErrors() : {};
  const errorFor = (field: string): string | undefined => {
    const clientError = clientErrors[field];
    return clientError ? translate(clientError) : serverErrors[field];
  };
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = typeof validate === 'function' ? validate(values) : validateWith(validate)(values);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    setClientErrors({});
    onValid(result.values, setClientErrors);
  };

  const shownFields = fields ? Object.keys(serverErrors).filter((f) => fields.includes(f)) : [];
  const violations = isApiError(error) ? (error.problem.errors ?? []) : [];
  const rule = options.alert ?? (fields ? 'all-at-fields' : 'any-field');
  const quiet = isApiError(error) && quietStatuses.includes(error.status);
  const yields =
    rule === 'all-at-fields'
      ? violations.length > 0 && shownFields.length === violations.length
      : rule === 'any-field'
        ? Object.keys(serverErrors).length > 0
        : false;
  const alert = error !== null && error !== undefined && !quiet && !yields ? error : undefined;
  const summary =
    fields && (options.summary ?? true) ? fields.map((field) => ({ field, message: errorFor(field) ?? '' })).filter((e) => e.message) : [];

  return { values, setValues, set, errorFor, submit, alert, shownFields: fields ?? [], summary };
}

export type FormState = Pick<ReturnType<typeof useForm>, 'alert' | 'shownFields' | 'summary'>;
