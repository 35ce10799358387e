import { i18next } from '../../../lib/i18n/i18n';
import { aReport } from '../testing/report-fixture';
import { statisticsLabels, valueKeys } from './statistics-labels';

describe('the statistics labels', () => {
  it('name every table, dimension and value of the contract in English and in French', () => {
    const report = aReport();
    for (const lng of ['en', 'fr']) {
      for (const table of report.tables) {
        expect(i18next.exists(`statistics.tables.${table.key}.title`, { lng })).toBe(true);
        expect(i18next.exists(`statistics.tables.${table.key}.description`, { lng })).toBe(true);
        const dimensions: [string, string[]][] = [[table.rowDimension, table.rows.map((r) => r.key)]];
        if (table.columnDimension) dimensions.push([table.columnDimension, table.columns]);
        for (const [dimension, values] of dimensions) {
          expect(i18next.exists(`statistics.dimensions.${dimension}`, { lng })).toBe(true);
          for (const value of values) {
            expect(valueKeys(table.key, dimension, value).some((key) => i18next.exists(key, { lng })), `${lng} ${table.key} ${dimension} ${value}`).toBe(true);
          }
        }
      }
      for (const d of report.durations) expect(i18next.exists(`statistics.durations.keys.${d.key}`, { lng })).toBe(true);
    }
  });

  it('tell the two "outcome" and the two "state" dimensions apart by their table', () => {
    const en = statisticsLabels('en');
    expect(en.value('referralsByOutcome', 'outcome', 'DECLINED')).toBe('Declined');
    expect(en.value('suitabilityByOutcome', 'outcome', 'NOT_SUITABLE')).toBe('Not suitable');
    expect(en.value('messagesByKindAndState', 'state', 'IN_REVIEW')).toBe('In screening');
    expect(en.value('meetingsByState', 'state', 'HELD')).toBe('Held');
    expect(en.value('referralsBySourceAndChannel', 'channel', 'NONE')).toBe('No channel');
    expect(statisticsLabels('fr').value('casesByClosureOutcome', 'closureOutcome', 'ENDED_FOR_SAFETY')).toBe('Terminé pour des raisons de sécurité');
  });

  it('read a code they have no name for as words, never as the code', () => {
    const en = statisticsLabels('en');
    expect(en.value('casesByClosureOutcome', 'closureOutcome', 'ENDED_BY_TRANSFER')).toBe('Ended by transfer');
    expect(en.table('newTable')).toBe('New table');
  });

  it('format counts and days in each language, suppressed as the word', () => {
    expect(statisticsLabels('en').count({ count: 1234, suppressed: false })).toBe('1,234');
    expect(statisticsLabels('fr').count({ count: 1234, suppressed: false })).toMatch(/^1\s234$/);
    expect(statisticsLabels('fr').count({ count: null, suppressed: true })).toBe('supprimé');
    expect(statisticsLabels('fr').days(12)).toBe('12,0');
    expect(statisticsLabels('en').days(3.25)).toBe('3.3');
  });
});
