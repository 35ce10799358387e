/**
 * Periods of whole months, as the statistics API takes them: a month is "YYYY-MM" in the page's
 * address and its form; the API gets the first day of the first month and the last day of the last.
 */
export type Month = `${number}-${string}`;

/** The longest period the API answers for: 5 years. */
export const maxMonths = 60;
/** How far back the month lists go: six fiscal years before the current one. */
const yearsBack = 6;
/** The program's fiscal year starts in April. */
const fiscalYearStart = 4;

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(year: number, month: number): Month {
  return `${year}-${pad(month)}` as Month;
}

export function parseMonth(value: string | null | undefined): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** The month a date falls in, in the reader's time zone. */
export function currentMonth(today: Date): Month {
  return monthOf(today.getFullYear(), today.getMonth() + 1);
}

/** The default period: the current fiscal year (April to March) up to this month. */
export function defaultPeriod(today: Date): { from: Month; to: Month } {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  return { from: monthOf(month >= fiscalYearStart ? year : year - 1, fiscalYearStart), to: monthOf(year, month) };
}

/** Months from the first to the second, both included (0 or less when the second comes first). */
export function monthsBetween(from: Month, to: Month): number {
  const a = parseMonth(from);
  const b = parseMonth(to);
  if (!a || !b) return 0;
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

export type PeriodProblem = 'toBeforeFrom' | 'tooLong';

export function periodProblem(from: Month, to: Month): PeriodProblem | null {
  const months = monthsBetween(from, to);
  if (months < 1) return 'toBeforeFrom';
  if (months > maxMonths) return 'tooLong';
  return null;
}

/** The months offered in the period's lists, newest first: this month back to April six fiscal years ago. */
export function selectableMonths(today: Date): Month[] {
  const first = parseMonth(defaultPeriod(today).from)!;
  const months: Month[] = [];
  let year = today.getFullYear();
  let month = today.getMonth() + 1;
  while (year > first.year - yearsBack || (year === first.year - yearsBack && month >= fiscalYearStart)) {
    months.push(monthOf(year, month));
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** The first day of a month, as the API's `from`. */
export function firstDay(month: Month): string {
  return `${month}-01`;
}

/** The last day of a month, as the API's `to`. */
export function lastDay(month: Month): string {
  const { year, month: m } = parseMonth(month)!;
  return `${month}-${pad(new Date(Date.UTC(year, m, 0)).getUTCDate())}`;
}

/** "November 2026" / "novembre 2026". */
export function monthLabel(month: Month, language: string): string {
  const { year, month: m } = parseMonth(month)!;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}
