import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { messageKeys, type ReviewItem } from './types';

/** IN_REVIEW messages across the caller's cases, oldest first (the first 100). */
export async function listReviewQueue(): Promise<ReviewItem[]> {
  return unwrap(await api.GET('/api/messages/review-queue', { params: { query: { page: 0, size: 100 } } }));
}

export function listReviewQueueQueryOptions() {
  return queryOptions({ queryKey: messageKeys.queue(), queryFn: listReviewQueue });
}

export function useReviewQueue() {
  return useQuery(listReviewQueueQueryOptions());
}
