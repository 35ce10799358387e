import type { components } from '../../../lib/api/schema';

export type OffenderReferralRequest = components['schemas']['OffenderReferralRequest'];
export type SubmittedReferralView = components['schemas']['SubmittedReferralView'];
export type SubmittedReferralPage = components['schemas']['SubmittedReferralPage'];
export type SubmittedReferralState = SubmittedReferralView['state'];
export type FederalSentence = OffenderReferralRequest['federalSentence'] & string;

export const federalSentences = ['YES', 'NO', 'UNKNOWN'] as const satisfies readonly FederalSentence[];

export interface ListMyReferralsParams {
  page: number;
  size: number;
}

export const offenderReferralKeys = {
  all: ['offender-referrals'] as const,
  lists: () => [...offenderReferralKeys.all, 'list'] as const,
  list: (params: ListMyReferralsParams) => [...offenderReferralKeys.lists(), params] as const,
  detail: (id: string) => [...offenderReferralKeys.all, 'detail', id] as const,
};
