import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type ListReferralsParams, type ReferralQueuePage } from './types';

export async function listReferrals(params: ListReferralsParams): Promise<ReferralQueuePage> {
  const query: ListReferralsParams = { page: params.page, size: params.size };
  if (params.state) query.state = params.state;
  if (params.source) query.source = params.source;
  if (params.minAgeDays !== undefined && params.minAgeDays > 0) query.minAgeDays = params.minAgeDays;
  if (params.q) query.q = params.q;
  return unwrap(await api.GET('/api/referrals', { params: { query } }));
}

export function listReferralsQueryOptions(params: ListReferralsParams) {
  return queryOptions({
    queryKey: referralKeys.list(params),
    queryFn: () => listReferrals(params),
    placeholderData: keepPreviousData,
  });
}

export function useReferrals(params: ListReferralsParams) {
  return useQuery(listReferralsQueryOptions(params));
}
