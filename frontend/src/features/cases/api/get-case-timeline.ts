import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type TimelinePage } from './types';

export const timelinePageSize = 20;

/** The case's events, oldest first. */
export async function getCaseTimeline(id: string, page: number): Promise<TimelinePage> {
  return unwrap(await api.GET('/api/cases/{id}/timeline', { params: { path: { id }, query: { page, size: timelinePageSize } } }));
}

export function getCaseTimelineQueryOptions(id: string, page: number) {
  return queryOptions({ queryKey: caseKeys.timeline(id, page), queryFn: () => getCaseTimeline(id, page), placeholderData: keepPreviousData });
}

export function useCaseTimeline(id: string, page: number) {
  return useQuery(getCaseTimelineQueryOptions(id, page));
}
