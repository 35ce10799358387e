import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type ReferralView } from './types';

export async function getReferral(id: string): Promise<ReferralView> {
  return unwrap(await api.GET('/api/referrals/{id}', { params: { path: { id } } }));
}

export function getReferralQueryOptions(id: string) {
  return queryOptions({ queryKey: referralKeys.detail(id), queryFn: () => getReferral(id) });
}

export function useReferral(id: string) {
  return useQuery(getReferralQueryOptions(id));
}
