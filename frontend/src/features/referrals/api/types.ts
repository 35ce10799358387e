import type { components } from '../../../lib/api/schema';

export type ReferralView = components['schemas']['ReferralView'];
export type ReferralSummary = components['schemas']['ReferralSummary'];
export type ReferralQueuePage = components['schemas']['ReferralQueuePage'];
export type ReferralMatchView = components['schemas']['ReferralMatchView'];
export type ReferralState = components['schemas']['ReferralState'];
export type ReferralSource = components['schemas']['ReferralSource'];
export type Channel = components['schemas']['Channel'];
export type VictimRegistration = components['schemas']['VictimRegistration'];
export type DeclineReason = components['schemas']['DeclineReason'];
export type Decline = components['schemas']['Decline'];
export type HarmedPersonRequest = components['schemas']['HarmedPersonRequest'];
export type SuitabilityAssessmentView = components['schemas']['SuitabilityAssessmentView'];
export type SuitabilityFindings = components['schemas']['SuitabilityFindings'];
export type SuitabilityOutcome = components['schemas']['SuitabilityOutcome'];
export type ParticipantSummary = components['schemas']['ParticipantSummary'];
export type ParticipantPage = components['schemas']['ParticipantPage'];
export type MediatorView = components['schemas']['MediatorView'];

export const referralStates = [
  'DORMANT',
  'SUBMITTED',
  'UNDER_ASSESSMENT',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
] as const satisfies readonly ReferralState[];
export const referralSources = ['HARMED_PERSON', 'STAFF', 'INTEGRATION'] as const satisfies readonly ReferralSource[];
export const channels = ['PHONE', 'COLLECT_CALL', 'EMAIL', 'MAIL', 'IN_PERSON', 'VICTIM_SERVICES'] as const satisfies readonly Channel[];
export type FederalSentence = components['schemas']['FederalSentence'];
export type Eligibility = components['schemas']['Eligibility'];
export const federalSentences = ['YES', 'NO', 'UNKNOWN'] as const satisfies readonly FederalSentence[];
export const victimRegistrations = ['REGISTERED_VICTIM', 'REPRESENTATIVE', 'NOT_REGISTERED'] as const satisfies readonly VictimRegistration[];
export const declineReasons = [
  'OTHER_PARTY_UNREACHABLE_OR_UNWILLING',
  'MOTIVATION_NOT_APPROPRIATE',
  'SAFETY',
  'NOT_ELIGIBLE',
  'OTHER',
] as const satisfies readonly DeclineReason[];
export const suitabilityOutcomes = ['SUITABLE', 'NOT_SUITABLE', 'MORE_INFORMATION_NEEDED'] as const satisfies readonly SuitabilityOutcome[];
export const harmedPersonKinds = ['VICTIM', 'FAMILY_MEMBER'] as const;

export interface ListReferralsParams {
  state?: ReferralState | undefined;
  source?: ReferralSource | undefined;
  minAgeDays?: number | undefined;
  /** A person's name (word starts) or offender number. */
  q?: string | undefined;
  page: number;
  size: number;
}

export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (params: ListReferralsParams) => [...referralKeys.lists(), params] as const,
  matches: () => [...referralKeys.all, 'matches'] as const,
  detail: (id: string) => [...referralKeys.all, 'detail', id] as const,
  assessments: (referralId: string) => [...referralKeys.all, 'assessments', referralId] as const,
  participantSearch: (q: string) => [...referralKeys.all, 'participant-search', q] as const,
  assessorCandidates: () => [...referralKeys.all, 'assessor-candidates'] as const,
};
