import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type MeetingView } from './types';

/** In date order. */
export async function listMeetings(id: string): Promise<MeetingView[]> {
  return unwrap(await api.GET('/api/cases/{id}/meetings', { params: { path: { id } } }));
}

export function listMeetingsQueryOptions(id: string) {
  return queryOptions({ queryKey: caseKeys.meetings(id), queryFn: () => listMeetings(id) });
}

export function useMeetings(id: string) {
  return useQuery(listMeetingsQueryOptions(id));
}
