/** A date (and time) in the portal's language, or the text as given when it is not a date. */
export function formatDate(iso: string | null | undefined, language: string, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', options).format(date);
}

/** Whole days since a moment. */
export function daysSince(iso: string, now: Date = new Date()): number {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 0;
  return Math.max(0, Math.floor((now.getTime() - date.getTime()) / 86_400_000));
}
