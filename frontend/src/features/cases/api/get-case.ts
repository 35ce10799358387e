import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type CaseView } from './types';

/** 404 for a mediator not assigned to the case. */
export async function getCase(id: string): Promise<CaseView> {
  return unwrap(await api.GET('/api/cases/{id}', { params: { path: { id } } }));
}

export function getCaseQueryOptions(id: string) {
  return queryOptions({ queryKey: caseKeys.detail(id), queryFn: () => getCase(id) });
}

export function useCase(id: string) {
  return useQuery(getCaseQueryOptions(id));
}
