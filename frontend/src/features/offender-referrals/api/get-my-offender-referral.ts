import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { offenderReferralKeys, type SubmittedReferralView } from './types';

export async function getMyOffenderReferral(id: string): Promise<SubmittedReferralView> {
  return unwrap(await api.GET('/api/offender-referrals/{id}', { params: { path: { id } } }));
}

export function getMyOffenderReferralQueryOptions(id: string) {
  return queryOptions({ queryKey: offenderReferralKeys.detail(id), queryFn: () => getMyOffenderReferral(id) });
}

export function useMyOffenderReferral(id: string) {
  return useQuery(getMyOffenderReferralQueryOptions(id));
}
