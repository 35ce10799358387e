import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { ApiError, unwrap, type Problem } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type WebhookView = components['schemas']['WebhookView'];
export type WebhookSecret = components['schemas']['WebhookSecret'];
export type NewWebhook = components['schemas']['NewWebhook'];
export type WebhookUpdate = components['schemas']['WebhookUpdate'];
export type DeliveryView = components['schemas']['DeliveryView'];
export type DeliveryState = components['schemas']['DeliveryState'];
export type EventType = components['schemas']['EventType'];

/** Every event type, in the API's order; only referral events may go to an integration's endpoint. */
export const eventTypes = [
  'REFERRAL_STATE_CHANGED',
  'CASE_STAGE_CHANGED',
  'MESSAGE_STATE_CHANGED',
  'SAFETY_HOLD_SET',
  'SAFETY_HOLD_LIFTED',
  'MEETING_STATE_CHANGED',
] as const satisfies readonly EventType[];
export const leavingTypes: readonly EventType[] = ['REFERRAL_STATE_CHANGED'];
export const deliveryStates = ['PENDING', 'DELIVERED', 'FAILED'] as const satisfies readonly DeliveryState[];

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (page: number, size: number) => [...webhookKeys.all, 'list', page, size] as const,
  one: (id: string) => [...webhookKeys.all, 'one', id] as const,
  deliveries: (id: string, state: DeliveryState | undefined, page: number, size: number) => [...webhookKeys.all, 'deliveries', id, state, page, size] as const,
};

export function useWebhooks(page: number, size: number) {
  return useQuery({
    queryKey: webhookKeys.list(page, size),
    queryFn: async () => unwrap(await api.GET('/api/webhooks', { params: { query: { page, size } } })),
    placeholderData: keepPreviousData,
  });
}

export function useWebhook(id: string) {
  return useQuery({ queryKey: webhookKeys.one(id), queryFn: async () => unwrap(await api.GET('/api/webhooks/{id}', { params: { path: { id } } })) });
}

export function useDeliveries(id: string, state: DeliveryState | undefined, page: number, size: number) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id, state, page, size),
    queryFn: async () => unwrap(await api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id }, query: { state, page, size } } })),
    placeholderData: keepPreviousData,
  });
}

function useWebhookMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }) });
}

/** Registers an endpoint: the answer holds its secret, shown this once. */
export function useRegisterWebhook() {
  return useWebhookMutation(async (body: NewWebhook): Promise<WebhookSecret> => unwrap(await api.POST('/api/webhooks', { body })));
}

/** PUT with If-Match: 412 when someone else changed the endpoint since it was read. */
export function useUpdateWebhook() {
  return useWebhookMutation(async ({ id, etag, body }: { id: string; etag: string; body: WebhookUpdate }) =>
    unwrap(await api.PUT('/api/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

/** A new secret, shown this once; the old one signs nothing from now on. */
export function useRotateSecret() {
  return useWebhookMutation(async (id: string): Promise<WebhookSecret> => unwrap(await api.POST('/api/webhooks/{id}/secret', { params: { path: { id } } })));
}

export function useDeleteWebhook() {
  return useWebhookMutation(async (id: string): Promise<void> => {
    const result = await api.DELETE('/api/webhooks/{id}', { params: { path: { id } } });
    if (!result.response.ok) {
      throw new ApiError(result.response.status, typeof result.error === 'object' && result.error !== null ? (result.error as Problem) : undefined);
    }
  });
}

/** A FAILED or DELIVERED delivery sent again (409 when it is still pending). */
export function useReplayDelivery() {
  return useWebhookMutation(async ({ id, deliveryId }: { id: string; deliveryId: string }) =>
    unwrap(await api.POST('/api/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id, deliveryId } } })),
  );
}
