import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type HarmedPersonRequest, type ReferralView } from './types';

export async function recordHarmedPersonRequest(body: HarmedPersonRequest): Promise<ReferralView> {
  return unwrap(await api.POST('/api/referrals/harmed-person-requests', { body }));
}

export function useRecordHarmedPersonRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordHarmedPersonRequest,
    onSuccess: (created) => {
      queryClient.setQueryData(referralKeys.detail(created.id), created);
      // A request can match (and so wake) a referral kept on file: the queue, the matches and that referral change.
      return queryClient.invalidateQueries({ queryKey: referralKeys.all, predicate: (q) => q.queryKey[2] !== created.id });
    },
  });
}
