import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { workKeys, type WorkPage, type WorkQueueCount, type WorkQueueName } from './types';

/** How much waits in each of the caller's queues. */
export async function getWorkSummary(): Promise<WorkQueueCount[]> {
  return unwrap(await api.GET('/api/work'));
}

export function useWorkSummary() {
  return useQuery(queryOptions({ queryKey: workKeys.summary(), queryFn: getWorkSummary }));
}

/** A page of one queue, most urgent or oldest first. */
export async function getWorkQueue(queue: WorkQueueName, page: number, size: number): Promise<WorkPage> {
  return unwrap(await api.GET('/api/work/{queue}', { params: { path: { queue }, query: { page, size } } }));
}

/** A page of a queue; `enabled: false` for a queue known to be empty. */
export function useWorkQueue(queue: WorkQueueName, page: number, size: number, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: workKeys.queue(queue, page, size),
      queryFn: () => getWorkQueue(queue, page, size),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}
