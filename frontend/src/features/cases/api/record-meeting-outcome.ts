import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MeetingOutcome, MeetingView } from './types';
import { useRefreshCase } from './use-case-change';

/** The meeting was held: its outcome and agreements (refused like scheduling when it could not be held now). */
export async function recordMeetingOutcome({ caseId, meetingId, body }: { caseId: string; meetingId: string; body: MeetingOutcome }): Promise<MeetingView> {
  return unwrap(await api.POST('/api/cases/{id}/meetings/{meetingId}/outcome', { params: { path: { id: caseId, meetingId } }, body }));
}

export function useRecordMeetingOutcome() {
  const refresh = useRefreshCase();
  return useMutation({ mutationFn: recordMeetingOutcome, onSuccess: (meeting) => refresh(meeting.caseId) });
}
