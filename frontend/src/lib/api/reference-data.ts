import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from './client';
import { unwrap } from './problem';
import type { components } from './schema';

export type RegionView = components['schemas']['RegionView'];
export type InstitutionView = components['schemas']['InstitutionView'];

/** Reference data every role reads (regions, institutions): the lists forms pick from and pages name things by. */
export const referenceKeys = {
  all: ['reference'] as const,
  regions: () => [...referenceKeys.all, 'regions'] as const,
  institutions: () => [...referenceKeys.all, 'institutions'] as const,
};

export async function listRegions(): Promise<RegionView[]> {
  return unwrap(await api.GET('/api/regions'));
}

export async function listInstitutions(): Promise<InstitutionView[]> {
  return unwrap(await api.GET('/api/institutions'));
}

/** All of them, active or not: a record may name one since deactivated. Kept for a few minutes (they rarely change). */
export function regionsQueryOptions() {
  return queryOptions({ queryKey: referenceKeys.regions(), queryFn: listRegions, staleTime: 5 * 60_000 });
}

export function institutionsQueryOptions() {
  return queryOptions({ queryKey: referenceKeys.institutions(), queryFn: listInstitutions, staleTime: 5 * 60_000 });
}

export function useRegions() {
  return useQuery(regionsQueryOptions());
}

export function useInstitutions() {
  return useQuery(institutionsQueryOptions());
}

/** A reference row's name in the reader's language. */
export function useReferenceName(): (row: { nameEn: string; nameFr: string }) => string {
  const { i18n } = useTranslation();
  return (row) => (i18n.language.startsWith('fr') ? row.nameFr : row.nameEn);
}

/** An institution's name in the reader's language by its id, or the text recorded when none was chosen (or it is not known). */
export function useInstitutionName(): (id: string | null | undefined, text?: string | null) => string {
  const institutions = useInstitutions();
  const name = useReferenceName();
  return (id, text) => {
    const found = id ? institutions.data?.find((i) => i.id === id) : undefined;
    return found ? name(found) : (text ?? '');
  };
}

/** A region's name in the reader's language by its id, or the text recorded. */
export function useRegionName(): (id: string | null | undefined, text?: string | null) => string {
  const regions = useRegions();
  const name = useReferenceName();
  return (id, text) => {
    const found = id ? regions.data?.find((r) => r.id === id) : undefined;
    return found ? name(found) : (text ?? '');
  };
}
