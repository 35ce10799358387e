import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView } from './types';
import { useCaseChange } from './use-case-change';

/** The case's one or two mediators from now on; one taken off loses access at once. */
export async function assignCaseMediators({ id, mediators }: { id: string; mediators: string[] }): Promise<CaseView> {
  return unwrap(await api.PUT('/api/cases/{id}/mediators', { params: { path: { id } }, body: { mediators } }));
}

export function useAssignCaseMediators() {
  return useCaseChange(assignCaseMediators);
}
