import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MeetingView } from './types';
import { useRefreshCase } from './use-case-change';

export async function cancelMeeting({ caseId, meetingId, reason }: { caseId: string; meetingId: string; reason: string }): Promise<MeetingView> {
  const body = reason.trim() ? { reason: reason.trim() } : {};
  return unwrap(await api.POST('/api/cases/{id}/meetings/{meetingId}/cancellation', { params: { path: { id: caseId, meetingId } }, body }));
}

export function useCancelMeeting() {
  const refresh = useRefreshCase();
  return useMutation({ mutationFn: cancelMeeting, onSuccess: (meeting) => refresh(meeting.caseId) });
}
