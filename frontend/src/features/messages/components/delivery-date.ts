/** A moment as the local calendar day it falls on, `YYYY-MM-DD` (what a date input holds). */
export function localDay(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * What the delivery form sends for the day chosen: nothing for today (the API records now), the last moment of an
 * earlier day (so a letter mailed on the day it was approved is never dated before its approval).
 */
export function deliveredAtFor(day: string, now: Date = new Date()): string | undefined {
  if (!day || day === localDay(now)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 23, 59, 59).toISOString();
}

/** Why a day cannot be the delivery date ('future', 'beforeApproval', 'required'), or undefined when it can. */
export function deliveryDayProblem(day: string, approvedAt: string | null | undefined, now: Date = new Date()): 'required' | 'future' | 'beforeApproval' | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'required';
  if (day > localDay(now)) return 'future';
  if (approvedAt && day < localDay(approvedAt)) return 'beforeApproval';
  return undefined;
}
