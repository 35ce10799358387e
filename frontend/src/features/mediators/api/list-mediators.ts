import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { mediatorKeys, type MediatorView } from './types';

export async function listMediators(): Promise<MediatorView[]> {
  return unwrap(await api.GET('/api/mediators'));
}

export function listMediatorsQueryOptions() {
  return queryOptions({ queryKey: mediatorKeys.list(), queryFn: listMediators });
}

export function useMediators() {
  return useQuery(listMediatorsQueryOptions());
}
