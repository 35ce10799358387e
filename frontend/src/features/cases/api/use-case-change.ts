import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseKeys, type CaseView } from './types';

/** A change answered with the whole case: the case is replaced, its parts (meetings, timeline…) and the lists refreshed. */
export function useCaseChange<TInput>(mutationFn: (input: TInput) => Promise<CaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (view) => {
      queryClient.setQueryData(caseKeys.detail(view.id), view);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.parts(view.id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ]);
    },
  });
}

/** After a change to a part of a case (assessment, meeting): the case (its hold) and its parts are read again. */
export function useRefreshCase() {
  const queryClient = useQueryClient();
  return (caseId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.parts(caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
    ]);
}
