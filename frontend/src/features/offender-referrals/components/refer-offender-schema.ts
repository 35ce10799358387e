import { z } from 'zod';
import { validateWith, type Validation } from '../../../components/use-form';
import { federalSentences, type OffenderReferralRequest } from '../api/types';

export interface ReferOffenderValues {
  offenderNumber: string;
  offenderFirstName: string;
  offenderLastName: string;
  offenderPreferredLanguage: string;
  /** Chosen from the active institutions. */
  institutionId: string;
  /** Whether the offence led to a federal sentence: YES, NO or UNKNOWN. */
  federalSentence: string;
  reasons: string;
  safetyConcerns: string;
  hasNoContactCondition: boolean;
  noContactCondition: string;
  staffSupportsParticipation: boolean;
  offenderTakesResponsibility: boolean;
}

export const emptyReferOffender: ReferOffenderValues = {
  offenderNumber: '',
  offenderFirstName: '',
  offenderLastName: '',
  offenderPreferredLanguage: '',
  institutionId: '',
  federalSentence: '',
  reasons: '',
  safetyConcerns: '',
  hasNoContactCondition: false,
  noContactCondition: '',
  staffSupportsParticipation: false,
  offenderTakesResponsibility: false,
};

const tooLong = (max: number) => `validation.tooLong#${max}`;
const text = (max: number) => z.string().trim().max(max, tooLong(max));
const requiredText = (max: number) => text(max).min(1, 'validation.required');

/** Both statements are required: a referral is refused without them. */
export const referOffenderSchema = z
  .object({
    offenderNumber: text(12).min(1, 'validation.offenderNumberRequired').regex(/^[A-Z0-9]{3,12}$/, 'validation.offenderNumber'),
    offenderFirstName: requiredText(100),
    offenderLastName: requiredText(100),
    offenderPreferredLanguage: z.enum(['EN', 'FR'], { message: 'validation.choose' }),
    institutionId: z.string().min(1, 'validation.choose'),
    federalSentence: z.enum(federalSentences, { message: 'validation.choose' }),
    reasons: text(4000),
    safetyConcerns: text(4000),
    hasNoContactCondition: z.boolean(),
    noContactCondition: text(2000),
    staffSupportsParticipation: z.literal(true, { message: 'validation.supportRequired' }),
    offenderTakesResponsibility: z.literal(true, { message: 'validation.responsibilityRequired' }),
  })
  .superRefine((v, ctx) => {
    if (v.hasNoContactCondition && v.noContactCondition === '') {
      ctx.addIssue({ code: 'custom', path: ['noContactCondition'], message: 'validation.noContactTerms' });
    }
  });

export type ValidReferOffender = z.output<typeof referOffenderSchema>;

export const validateReferOffender: (values: ReferOffenderValues) => Validation<ValidReferOffender> = validateWith(referOffenderSchema);

export function toOffenderReferralRequest(v: ValidReferOffender): OffenderReferralRequest {
  const body: OffenderReferralRequest = {
    offenderNumber: v.offenderNumber,
    offenderFirstName: v.offenderFirstName,
    offenderLastName: v.offenderLastName,
    offenderPreferredLanguage: v.offenderPreferredLanguage,
    institutionId: v.institutionId,
    federalSentence: v.federalSentence,
    staffSupportsParticipation: v.staffSupportsParticipation,
    offenderTakesResponsibility: v.offenderTakesResponsibility,
  };
  if (v.reasons) body.reasons = v.reasons;
  if (v.safetyConcerns) body.safetyConcerns = v.safetyConcerns;
  if (v.hasNoContactCondition && v.noContactCondition) body.noContactCondition = v.noContactCondition;
  return body;
}
