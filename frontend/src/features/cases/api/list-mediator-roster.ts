import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type MediatorView } from './types';

/** The roster, to pick a case's mediators from (coordinators may read it). */
export async function listMediatorRoster(): Promise<MediatorView[]> {
  return unwrap(await api.GET('/api/mediators'));
}

export function listMediatorRosterQueryOptions() {
  return queryOptions({ queryKey: caseKeys.mediators(), queryFn: listMediatorRoster });
}

export function useMediatorRoster(enabled = true) {
  return useQuery({ ...listMediatorRosterQueryOptions(), enabled });
}
