import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseView, Way } from './types';
import { useCaseChange } from './use-case-change';

export async function chooseCaseWays({ id, ways }: { id: string; ways: Way[] }): Promise<CaseView> {
  return unwrap(await api.PUT('/api/cases/{id}/ways', { params: { path: { id } }, body: { ways } }));
}

export function useChooseCaseWays() {
  return useCaseChange(chooseCaseWays);
}
