import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type CaseView, type OpenCase } from './types';

/** 409 (with a localized detail) when the referrals are not ACCEPTED, not about one offender, lack a side, or are already in a case. */
export async function openCase(body: OpenCase): Promise<CaseView> {
  return unwrap(await api.POST('/api/cases', { body }));
}

export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openCase,
    onSuccess: async (view) => {
      queryClient.setQueryData(caseKeys.detail(view.id), view);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: caseKeys.acceptedReferrals() }),
      ]);
    },
  });
}
