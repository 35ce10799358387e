import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type NoteView } from './types';

/** Mediators-only notes come back only to the case's mediators. */
export async function listCaseNotes(id: string): Promise<NoteView[]> {
  return unwrap(await api.GET('/api/cases/{id}/notes', { params: { path: { id } } }));
}

export function listCaseNotesQueryOptions(id: string) {
  return queryOptions({ queryKey: caseKeys.notes(id), queryFn: () => listCaseNotes(id) });
}

export function useCaseNotes(id: string) {
  return useQuery(listCaseNotesQueryOptions(id));
}
