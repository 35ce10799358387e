import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { statisticsKeys, type StatisticsParams, type StatisticsReport } from './types';

/** 422 naming `from`, `to` or `regionId` when the period is not whole months, too long, or the region unknown. */
export async function getStatistics({ from, to, regionId }: StatisticsParams): Promise<StatisticsReport> {
  const query: StatisticsParams = { from, to };
  if (regionId) query.regionId = regionId;
  return unwrap(await api.GET('/api/statistics', { params: { query } }));
}

export function getStatisticsQueryOptions(params: StatisticsParams) {
  return queryOptions({
    queryKey: statisticsKeys.report(params),
    queryFn: () => getStatistics(params),
    placeholderData: keepPreviousData,
  });
}

export function useStatistics(params: StatisticsParams) {
  return useQuery(getStatisticsQueryOptions(params));
}
