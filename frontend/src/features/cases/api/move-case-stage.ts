import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView, StageMove } from './types';
import { useCaseChange } from './use-case-change';

/** Closing needs an outcome summary; reopening moves a closed case back to PREPARATION. */
export async function moveCaseStage({ id, body }: { id: string; body: StageMove }): Promise<CaseView> {
  return unwrap(await api.POST('/api/cases/{id}/stage', { params: { path: { id } }, body }));
}

export function useMoveCaseStage() {
  return useCaseChange(moveCaseStage);
}
