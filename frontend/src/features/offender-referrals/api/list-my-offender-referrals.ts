import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { offenderReferralKeys, type ListMyReferralsParams, type SubmittedReferralPage } from './types';

export async function listMyOffenderReferrals(params: ListMyReferralsParams): Promise<SubmittedReferralPage> {
  return unwrap(await api.GET('/api/offender-referrals', { params: { query: { page: params.page, size: params.size } } }));
}

export function listMyOffenderReferralsQueryOptions(params: ListMyReferralsParams) {
  return queryOptions({
    queryKey: offenderReferralKeys.list(params),
    queryFn: () => listMyOffenderReferrals(params),
    placeholderData: keepPreviousData,
  });
}

export function useMyOffenderReferrals(params: ListMyReferralsParams) {
  return useQuery(listMyOffenderReferralsQueryOptions(params));
}
