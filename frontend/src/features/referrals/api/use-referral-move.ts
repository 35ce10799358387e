import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReferralView } from './types';
import { referralKeys } from './types';

/** A move of a referral: on success the referral is replaced and the queue, matches and the other side's referrals refreshed. */
export function useReferralMove<TInput>(mutationFn: (input: TInput) => Promise<ReferralView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (referral) => {
      queryClient.setQueryData(referralKeys.detail(referral.id), referral);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: referralKeys.matches() }),
        ...(referral.matchedReferralIds ?? []).map((id) => queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) })),
      ]);
    },
  });
}
