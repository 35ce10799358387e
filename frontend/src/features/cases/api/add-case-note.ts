import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type NewNote, type NoteView } from './types';

/** The case's mediators only (coordinators get 403). */
export async function addCaseNote({ caseId, body }: { caseId: string; body: NewNote }): Promise<NoteView> {
  return unwrap(await api.POST('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body }));
}

export function useAddCaseNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCaseNote,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: caseKeys.notes(caseId) }), queryClient.invalidateQueries({ queryKey: caseKeys.parts(caseId) })]),
  });
}
