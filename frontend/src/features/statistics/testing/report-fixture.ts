import type { RegionView, StatisticsCount, StatisticsReport, StatisticsTable } from '../api/types';

/** Test data only: a report shaped as the contract says (every table, in order, every value), some counts suppressed. */
export const c = (n: number | null): StatisticsCount => ({ count: n, suppressed: n === null });

function oneDimension(key: string, rowDimension: string, rows: [string, number | null][], total: number | null): StatisticsTable {
  return {
    key,
    rowDimension,
    columnDimension: null,
    columns: [],
    rows: rows.map(([k, n]) => ({ key: k, cells: [], total: c(n) })),
    columnTotals: [],
    total: c(total),
  };
}

function twoDimensions(
  key: string,
  [rowDimension, columnDimension]: [string, string],
  columns: string[],
  rows: [string, (number | null)[], number | null][],
  columnTotals: (number | null)[],
  total: number | null,
): StatisticsTable {
  return {
    key,
    rowDimension,
    columnDimension,
    columns,
    rows: rows.map(([k, cells, rowTotal]) => ({ key: k, cells: cells.map(c), total: c(rowTotal) })),
    columnTotals: columnTotals.map(c),
    total: c(total),
  };
}

export const regionId = '0b1c2d3e-4f50-4a61-8b72-9c8d7e6f5a4b';

export function aRegion(overrides: Partial<RegionView> = {}): RegionView {
  return { id: regionId, code: 'ONT', nameEn: 'Ontario', nameFr: 'Ontario', active: true, version: 1, ...overrides };
}

export const regions: RegionView[] = [
  aRegion({ id: '1a2b3c4d-0000-4000-8000-000000000001', code: 'ATL', nameEn: 'Atlantic', nameFr: 'Atlantique' }),
  aRegion(),
  aRegion({ id: '1a2b3c4d-0000-4000-8000-000000000003', code: 'QC', nameEn: 'Quebec', nameFr: 'Québec' }),
  aRegion({ id: '1a2b3c4d-0000-4000-8000-000000000004', code: 'PRA', nameEn: 'Prairies', nameFr: 'Prairies', active: false }),
];

export function aReport(overrides: Partial<StatisticsReport> = {}): StatisticsReport {
  const channels = ['PHONE', 'EMAIL', 'COLLECT_CALL', 'MAIL', 'IN_PERSON', 'VICTIM_SERVICES', 'NONE'];
  const messageStates = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'WITHHELD', 'DELIVERED', 'ACKNOWLEDGED'];
  return {
    from: '2026-04-01',
    to: '2026-11-30',
    regionId: null,
    smallestShownCount: 5,
    tables: [
      twoDimensions(
        'referralsBySourceAndChannel',
        ['source', 'channel'],
        channels,
        [
          ['HARMED_PERSON', [12, 7, null, 0, null, 9, 0], 35],
          ['STAFF', [0, 0, 0, 0, 0, 0, 40], 40],
          ['INTEGRATION', [0, 0, 0, 0, 0, 0, 15], 15],
        ],
        [12, 7, null, 0, null, 9, 55],
        90,
      ),
      oneDimension('referralsByOutcome', 'outcome', [['ACCEPTED', 20], ['DECLINED', null], ['WITHDRAWN', null]], 31),
      oneDimension(
        'referralsByDeclineReason',
        'declineReason',
        [['OTHER_PARTY_UNREACHABLE_OR_UNWILLING', 5], ['MOTIVATION_NOT_APPROPRIATE', 0], ['SAFETY', null], ['NOT_ELIGIBLE', null], ['OTHER', 0]],
        null,
      ),
      oneDimension('suitabilityByOutcome', 'outcome', [['SUITABLE', 22], ['NOT_SUITABLE', 6], ['MORE_INFORMATION_NEEDED', 0]], 28),
      oneDimension('casesOpenedAndClosed', 'movement', [['OPENED', 18], ['CLOSED', 9], ['REOPENED', 0]], 27),
      oneDimension('casesByStage', 'stage', [['PREPARATION', 10], ['DIALOGUE', 7], ['FOLLOW_UP', 0], ['CLOSED', 9]], 26),
      oneDimension('casesByWay', 'way', [['FACE_TO_FACE', 8], ['LETTERS', 11], ['VIDEO_MESSAGES', 0], ['SHUTTLE', 5]], 24),
      oneDimension(
        'casesByClosureOutcome',
        'closureOutcome',
        [['DIALOGUE_COMPLETED', 6], ['ENDED_BY_PARTICIPANT', null], ['ENDED_FOR_SAFETY', null], ['ENDED_OTHER', 0]],
        9,
      ),
      twoDimensions('participationChanges', ['change', 'side'], ['HARMED', 'OFFENDER'], [['WITHDRAWN', [null, null], null], ['REJOINED', [0, 0], 0]], [null, null], null),
      twoDimensions(
        'messagesByKindAndState',
        ['kind', 'state'],
        messageStates,
        [
          ['LETTER', [5, 0, 0, 0, 12, 8], 25],
          ['VIDEO_MESSAGE', [0, 0, 0, 0, 0, 0], 0],
          ['RELAYED_MESSAGE', [0, 0, 0, 0, 6, 0], 6],
        ],
        [5, 0, 0, 0, 18, 8],
        31,
      ),
      oneDimension('meetingsByState', 'state', [['SCHEDULED', 5], ['HELD', 7], ['CANCELLED', 0]], 12),
      oneDimension('feedbackFeltSafe', 'answer', [['STRONGLY_AGREE', 6], ['AGREE', null], ['NEUTRAL', 0], ['DISAGREE', 0], ['STRONGLY_DISAGREE', null], ['DECLINED', 0]], 11),
    ],
    durations: [
      { key: 'referralToAssessmentStart', unit: 'DAYS', groupSize: c(30), median: 12.5, percentile90: 40 },
      { key: 'referralToDecision', unit: 'DAYS', groupSize: c(28), median: 45.2, percentile90: 120.7 },
      { key: 'messageRecordedToDelivered', unit: 'DAYS', groupSize: c(null), median: null, percentile90: null },
    ],
    ...overrides,
  };
}
