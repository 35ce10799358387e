import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { statisticsKeys, type RegionView } from './types';

/** The program's regions (reference data), active or not: a report may look back at a region since closed. */
export async function listRegions(): Promise<RegionView[]> {
  return unwrap(await api.GET('/api/regions'));
}

export function listRegionsQueryOptions() {
  return queryOptions({ queryKey: statisticsKeys.regions(), queryFn: listRegions, staleTime: 5 * 60_000 });
}

export function useRegions() {
  return useQuery(listRegionsQueryOptions());
}
