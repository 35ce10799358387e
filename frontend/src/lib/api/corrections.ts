import { useQuery } from '@tanstack/react-query';
import { useRoles } from '../auth/session';
import { isAllowed } from '../authorization';
import { api } from './client';
import { unwrap } from './problem';
import type { components } from './schema';

export type CorrectionView = components['schemas']['CorrectionView'];
export type CorrectionPage = components['schemas']['CorrectionPage'];
export type RecordType = components['schemas']['RecordType'];
export type CorrectionState = components['schemas']['CorrectionState'];

/** Correction requests (Privacy Act): the list the coordinators' page reads, and the notices a record's page shows. */
export interface CorrectionFilter {
  state?: CorrectionState | undefined;
  recordType?: RecordType | undefined;
  recordIds?: readonly string[] | undefined;
  participantId?: string | undefined;
  page?: number | undefined;
  size?: number | undefined;
}

export const correctionKeys = {
  all: ['corrections'] as const,
  list: (filter: CorrectionFilter) => [...correctionKeys.all, 'list', filter] as const,
};

export async function listCorrections(filter: CorrectionFilter): Promise<CorrectionPage> {
  const { state, recordType, recordIds, participantId, page, size } = filter;
  const recordId = recordIds && recordIds.length > 0 ? [...recordIds] : undefined;
  return unwrap(await api.GET('/api/corrections', { params: { query: { state, recordType, recordId, participantId, page, size } } }));
}

/**
 * The correction requests about the records a page shows, in one call (up to 100 records), for the roles that read
 * them (coordinators); nothing is asked for anyone else.
 */
export function useRecordCorrections(recordType: RecordType, recordIds: readonly string[]) {
  const roles = useRoles();
  const ids = [...recordIds].sort();
  const filter: CorrectionFilter = { recordType, recordIds: ids, size: 100 };
  return useQuery({
    queryKey: correctionKeys.list(filter),
    queryFn: () => listCorrections(filter),
    enabled: ids.length > 0 && isAllowed(roles, 'corrections:manage'),
  });
}
