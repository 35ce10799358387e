import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { caseKeys, type SafetyAssessmentView } from './types';

/** Oldest first. */
export async function listSafetyAssessments(id: string): Promise<SafetyAssessmentView[]> {
  return unwrap(await api.GET('/api/cases/{id}/safety-assessments', { params: { path: { id } } }));
}

export function listSafetyAssessmentsQueryOptions(id: string) {
  return queryOptions({ queryKey: caseKeys.assessments(id), queryFn: () => listSafetyAssessments(id) });
}

export function useSafetyAssessments(id: string) {
  return useQuery(listSafetyAssessmentsQueryOptions(id));
}
