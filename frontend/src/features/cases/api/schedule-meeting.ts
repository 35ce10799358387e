import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MeetingView, NewMeeting } from './types';
import { useRefreshCase } from './use-case-change';

/** 409 on safety hold, without face-to-face chosen, with a withdrawn or non-consenting attendee, or a pending no-contact review. */
export async function scheduleMeeting({ caseId, body }: { caseId: string; body: NewMeeting }): Promise<MeetingView> {
  return unwrap(await api.POST('/api/cases/{id}/meetings', { params: { path: { id: caseId } }, body }));
}

export function useScheduleMeeting() {
  const refresh = useRefreshCase();
  return useMutation({ mutationFn: scheduleMeeting, onSuccess: (meeting) => refresh(meeting.caseId) });
}
