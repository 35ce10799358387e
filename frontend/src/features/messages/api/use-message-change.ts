import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageKeys, type MessageView } from './types';

/** Puts a changed message in the cache and reads again what depends on it (the list, the queue, the copies). */
export function useStoreMessage() {
  const queryClient = useQueryClient();
  return async (view: MessageView) => {
    queryClient.setQueryData(messageKeys.detail(view.caseId, view.id), view);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: messageKeys.list(view.caseId) }),
      queryClient.invalidateQueries({ queryKey: messageKeys.queue() }),
      queryClient.invalidateQueries({ queryKey: messageKeys.copies(view.id) }),
    ]);
  };
}

/** A change answered with the whole message. */
export function useMessageChange<TInput>(mutationFn: (input: TInput) => Promise<MessageView>) {
  const store = useStoreMessage();
  return useMutation({ mutationFn, onSuccess: store });
}
