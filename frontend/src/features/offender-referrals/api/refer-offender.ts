import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { offenderReferralKeys, type OffenderReferralRequest, type SubmittedReferralView } from './types';

export async function referOffender(body: OffenderReferralRequest): Promise<SubmittedReferralView> {
  return unwrap(await api.POST('/api/offender-referrals', { body }));
}

export function useReferOffender() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: referOffender,
    onSuccess: (created) => {
      queryClient.setQueryData(offenderReferralKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: offenderReferralKeys.lists() });
    },
  });
}
