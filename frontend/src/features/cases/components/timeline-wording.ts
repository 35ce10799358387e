import type { TFunction } from 'i18next';
import { formatDate } from '../../../components/format-date';
import { staffNames } from '../../../components/staff-name';
import type { TimelineEntry } from '../api/types';

/**
 * One timeline entry in the reader's language, from its details: codes as the labels the rest of the case page
 * uses, dates formatted as on the rest of the page. An entry whose wording the portal does not know yet is shown by
 * the server's summary (in the language asked).
 */
export function wordTimelineEntry(entry: TimelineEntry, t: TFunction, language: string): string {
  const d = entry.details;
  const wording = d.wording;
  if (!t(`caseTimeline.says.${wording}`, { defaultValue: '' })) return entry.summary;
  const someone = t('caseTimeline.someone');
  const day = (date: string | null | undefined) => (date ? formatDate(`${date}T12:00:00`, language, false) : t('caseTimeline.noDate'));
  const values: Record<string, string | number> = {
    referrals: d.referrals ?? 0,
    mediators: staffNames(d.mediators),
    from: d.from ? t(`cases.stage.${d.from}`) : '',
    to: d.to ? t(`cases.stage.${d.to}`) : '',
    ways: (d.ways ?? []).map((w) => t(`cases.way.${w}`)).join(', '),
    way: d.way ? t(`cases.way.${d.way}`) : '',
    how: d.how ? t(`cases.consent.forms.${d.how}`) : '',
    participant: d.participant ?? someone,
    supported: d.supported ?? someone,
    institution: d.institution ?? '',
    date: d.meetingAt ? formatDate(d.meetingAt, language) : t('caseTimeline.noDate'),
    risk: d.riskLevel ? t(`cases.risk.${d.riskLevel}`) : '',
    due: day(d.nextDue),
    kind: d.messageKind ? t(`messages.kind.${d.messageKind}`, { defaultValue: d.messageKind }).toLocaleLowerCase(language) : '',
    author: d.author ?? someone,
    recipient: d.recipient ?? someone,
  };
  let key = wording;
  if (wording === 'WAYS' && !d.ways?.length) key = 'WAYS_NONE';
  if (wording === 'STAGE' && !d.from) key = 'STAGE_TO';
  return t(`caseTimeline.says.${key}`, { ...values, defaultValue: entry.summary });
}
