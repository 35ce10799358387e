import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type CasePage } from './types';

/** Every case for coordinators; only the assigned ones for mediators (the API decides). */
export async function listCases(page: number, size: number): Promise<CasePage> {
  return unwrap(await api.GET('/api/cases', { params: { query: { page, size } } }));
}

export function listCasesQueryOptions(page: number, size: number) {
  return queryOptions({ queryKey: caseKeys.list(page, size), queryFn: () => listCases(page, size), placeholderData: keepPreviousData });
}

export function useCases(page: number, size: number) {
  return useQuery(listCasesQueryOptions(page, size));
}
