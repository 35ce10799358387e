import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type ReferralMatchView } from './types';

export async function listReferralMatches(): Promise<ReferralMatchView[]> {
  return unwrap(await api.GET('/api/referrals/matches', { params: { query: { page: 0, size: 100 } } }));
}

export function listReferralMatchesQueryOptions() {
  return queryOptions({ queryKey: referralKeys.matches(), queryFn: listReferralMatches });
}

export function useReferralMatches() {
  return useQuery(listReferralMatchesQueryOptions());
}
