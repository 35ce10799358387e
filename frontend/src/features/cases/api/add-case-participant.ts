import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView, NewCaseParticipant } from './types';
import { useCaseChange } from './use-case-change';

/** A person joins the open case (coordinator): a support person, or a victim or family member who came forward later. */
export async function addCaseParticipant({ id, body }: { id: string; body: NewCaseParticipant }): Promise<CaseView> {
  return unwrap(await api.POST('/api/cases/{id}/participants', { params: { path: { id } }, body }));
}

export function useAddCaseParticipant() {
  return useCaseChange(addCaseParticipant);
}
