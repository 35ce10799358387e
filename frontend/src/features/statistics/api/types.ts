import type { components } from '../../../lib/api/schema';

export type StatisticsReport = components['schemas']['StatisticsReport'];
export type StatisticsTable = components['schemas']['StatisticsTable'];
export type StatisticsRow = components['schemas']['StatisticsRow'];
export type StatisticsCount = components['schemas']['StatisticsCount'];
export type DurationStatistic = components['schemas']['DurationStatistic'];
export type RegionView = components['schemas']['RegionView'];

/** The query: a period of whole months (first and last day) and, optionally, one region. */
export interface StatisticsParams {
  from: string;
  to: string;
  regionId?: string | undefined;
}

export const statisticsKeys = {
  all: ['statistics'] as const,
  report: (params: StatisticsParams) => [...statisticsKeys.all, 'report', params] as const,
  regions: () => [...statisticsKeys.all, 'regions'] as const,
};
