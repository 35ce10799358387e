import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/schema';
import { api } from '../../../lib/api/client';
import { isApiError, unwrap } from '../../../lib/api/problem';

export type NotificationSettingsView = components['schemas']['NotificationSettingsView'];
export type NotificationSettings = components['schemas']['NotificationSettings'];
export type NotificationKind = NotificationSettingsView['availableKinds'][number];

export const notificationKeys = {
  all: ['notification-settings'] as const,
};

export async function getNotificationSettings(): Promise<NotificationSettingsView> {
  return unwrap(await api.GET('/api/me/notifications'));
}

export function useNotificationSettings() {
  return useQuery(queryOptions({ queryKey: notificationKeys.all, queryFn: getNotificationSettings }));
}

/** PUT with If-Match (`"0"` before the first save): 412 when the settings changed since they were read. */
export async function saveNotificationSettings({ etag, body }: { etag: string; body: NotificationSettings }): Promise<NotificationSettingsView> {
  return unwrap(await api.PUT('/api/me/notifications', { params: { header: { 'If-Match': etag } }, body }));
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.all, saved),
    // changed in another window: read them again, the stale alert says why
    onError: (error) => (isApiError(error) && error.status === 412 ? queryClient.invalidateQueries({ queryKey: notificationKeys.all }) : undefined),
  });
}
