import { i18next, type Language } from '../../../lib/i18n/i18n';
import type { RegionView, StatisticsCount } from '../api/types';

/**
 * Where the names of a table's values already live in the portal (the same words as on the other
 * pages); values the portal had no name for are under statistics.values.<dimension>.
 */
const reusedValueNames: Record<string, Record<string, string>> = {
  referralsBySourceAndChannel: { source: 'referrals.source', channel: 'referrals.channel' },
  referralsByOutcome: { outcome: 'referrals.state' },
  referralsByDeclineReason: { declineReason: 'referrals.declineReason' },
  suitabilityByOutcome: { outcome: 'referrals.suitability.outcome' },
  casesByStage: { stage: 'cases.stage' },
  casesByWay: { way: 'cases.way' },
  participationChanges: { side: 'cases.side' },
  messagesByKindAndState: { kind: 'messages.kind', state: 'messages.state' },
  meetingsByState: { state: 'cases.meetings.state' },
  feedbackFeltSafe: { answer: 'cases.feedback.answers' },
  feedbackFeltHeard: { answer: 'cases.feedback.answers' },
  feedbackNeedsMet: { answer: 'cases.feedback.answers' },
  feedbackWouldRecommend: { answer: 'cases.feedback.answers' },
};

/** Where the name of a table's value may be, in order. */
export function valueKeys(tableKey: string, dimension: string, value: string): string[] {
  const reused = reusedValueNames[tableKey]?.[dimension];
  return [...(reused ? [`${reused}.${value}`] : []), `statistics.values.${dimension}.${value}`];
}

/** A code the portal has no name for reads as words ("ENDED_OTHER" → "Ended other"), never as a code. */
function asWords(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every word the statistics page and its CSV show, in one language. */
export interface StatisticsLabels {
  language: Language;
  /** A fixed message of the statistics page, e.g. `total`, `durations.median`. */
  text(key: string, values?: Record<string, string>): string;
  table(key: string): string;
  tableDescription(key: string): string;
  dimension(dimension: string): string;
  value(tableKey: string, dimension: string, value: string): string;
  duration(key: string): string;
  region(region: RegionView): string;
  /** A count as a number in the language's format, or the word for suppressed. */
  count(count: StatisticsCount): string;
  /** Days with one decimal, in the language's format. */
  days(value: number): string;
}

export function statisticsLabels(language: Language): StatisticsLabels {
  const fixed = i18next.getFixedT(language) as unknown as (key: string, values?: Record<string, string>) => string;
  const known = (key: string) => i18next.exists(key, { lng: language });
  const first = (keys: string[], code: string) => {
    const key = keys.find(known);
    return key ? fixed(key) : asWords(code);
  };
  const numbers = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA');
  const decimals = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    language,
    text: (key, values) => fixed(`statistics.${key}`, values),
    table: (key) => first([`statistics.tables.${key}.title`], key),
    tableDescription: (key) => (known(`statistics.tables.${key}.description`) ? fixed(`statistics.tables.${key}.description`) : ''),
    dimension: (dimension) => first([`statistics.dimensions.${dimension}`], dimension),
    value: (tableKey, dimension, value) => first(valueKeys(tableKey, dimension, value), value),
    duration: (key) => first([`statistics.durations.keys.${key}`], key),
    region: (region) => {
      const name = language === 'fr' ? region.nameFr : region.nameEn;
      return region.active ? name : fixed('statistics.filters.regionInactive', { name });
    },
    count: (count) => (count.suppressed || count.count === null || count.count === undefined ? fixed('statistics.suppressed') : numbers.format(count.count)),
    days: (value) => decimals.format(value),
  };
}
