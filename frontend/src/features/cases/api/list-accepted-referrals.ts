import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type ReferralSummary } from './types';

/** The ACCEPTED referrals (the first 100), to open a case from. */
export async function listAcceptedReferrals(): Promise<ReferralSummary[]> {
  const page = unwrap(await api.GET('/api/referrals', { params: { query: { state: 'ACCEPTED', page: 0, size: 100 } } }));
  return page.items;
}

export function listAcceptedReferralsQueryOptions() {
  return queryOptions({ queryKey: caseKeys.acceptedReferrals(), queryFn: listAcceptedReferrals });
}

export function useAcceptedReferrals() {
  return useQuery(listAcceptedReferralsQueryOptions());
}
