import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type CasePage } from './types';

/** Every case for coordinators; only the assigned ones for mediators (the API decides); `q` searches a person's name or offender number. */
export async function listCases(page: number, size: number, q = ''): Promise<CasePage> {
  return unwrap(await api.GET('/api/cases', { params: { query: q ? { page, size, q } : { page, size } } }));
}

export function listCasesQueryOptions(page: number, size: number, q = '') {
  return queryOptions({ queryKey: caseKeys.list(page, size, q), queryFn: () => listCases(page, size, q), placeholderData: keepPreviousData });
}

export function useCases(page: number, size: number, q = '') {
  return useQuery(listCasesQueryOptions(page, size, q));
}
