import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { disposalKeys, type DuePage } from './types';

export const DUE_PAGE_SIZE = 20;

export async function listDue(page: number): Promise<DuePage> {
  return unwrap(await api.GET('/api/disposals/due', { params: { query: { page, size: DUE_PAGE_SIZE } } }));
}

export function listDueQueryOptions(page: number) {
  return queryOptions({ queryKey: disposalKeys.due(page), queryFn: () => listDue(page), placeholderData: keepPreviousData });
}

export function useDue(page: number) {
  return useQuery(listDueQueryOptions(page));
}
