import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { referralKeys, type MediatorView } from './types';

/** The mediator roster, to pick a referral's assessor from (coordinators may read it). */
export async function listAssessorCandidates(): Promise<MediatorView[]> {
  return unwrap(await api.GET('/api/mediators'));
}

export function listAssessorCandidatesQueryOptions() {
  return queryOptions({ queryKey: referralKeys.assessorCandidates(), queryFn: listAssessorCandidates });
}

export function useAssessorCandidates(enabled = true) {
  return useQuery({ ...listAssessorCandidatesQueryOptions(), enabled });
}
