import { useTranslation } from 'react-i18next';

/** Turns a zod message (a locale key under `validation.`, with `#max` for lengths) into text; other text is kept as is. */
export function useValidationText(): (message: string) => string {
  const { t } = useTranslation();
  return (message: string) => {
    if (!message.startsWith('validation.')) return message;
    const [key, max] = message.split('#');
    return t(key as 'validation.tooLong', { max: Number(max) });
  };
}

/** Zod issues by field path, the first of each. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}
