import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type SuitabilityAssessmentView } from './types';

export async function listSuitabilityAssessments(referralId: string): Promise<SuitabilityAssessmentView[]> {
  return unwrap(await api.GET('/api/referrals/{referralId}/suitability-assessments', { params: { path: { referralId } } }));
}

export function listSuitabilityAssessmentsQueryOptions(referralId: string) {
  return queryOptions({ queryKey: referralKeys.assessments(referralId), queryFn: () => listSuitabilityAssessments(referralId) });
}

export function useSuitabilityAssessments(referralId: string) {
  return useQuery(listSuitabilityAssessmentsQueryOptions(referralId));
}
