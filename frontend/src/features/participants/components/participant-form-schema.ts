import { z } from 'zod';
import { validateWith, type Validation } from '../../../components/use-form';
import {
  contactMethods,
  officialLanguages,
  participantKinds,
  type NewParticipant,
  type ParticipantUpdate,
  type ParticipantView,
} from '../api/types';

/** What the form holds: strings as typed, before they become an API body. */
export interface ParticipantFormValues {
  kind: string;
  firstName: string;
  lastName: string;
  preferredLanguage: string;
  offenderNumber: string;
  institution: string;
  /** The institution chosen from the list ('' when none: the recorded `institution` text is kept). */
  institutionId: string;
  contact: {
    phone: string;
    email: string;
    postalAddress: string;
    preferredMethod: string;
    safeTimes: string;
    mayLeaveMessage: boolean;
  };
}

export const emptyParticipantForm: ParticipantFormValues = {
  kind: '',
  firstName: '',
  lastName: '',
  preferredLanguage: '',
  offenderNumber: '',
  institution: '',
  institutionId: '',
  contact: { phone: '', email: '', postalAddress: '', preferredMethod: '', safeTimes: '', mayLeaveMessage: false },
};

export function formValuesFrom(participant: ParticipantView): ParticipantFormValues {
  const contact = participant.contact;
  return {
    kind: participant.kind,
    firstName: participant.firstName,
    lastName: participant.lastName,
    preferredLanguage: participant.preferredLanguage,
    offenderNumber: participant.offenderNumber ?? '',
    institution: participant.institution ?? '',
    institutionId: participant.institutionId ?? '',
    contact: {
      phone: contact?.phone ?? '',
      email: contact?.email ?? '',
      postalAddress: contact?.postalAddress ?? '',
      preferredMethod: contact?.preferredMethod ?? '',
      safeTimes: contact?.safeTimes ?? '',
      mayLeaveMessage: contact?.mayLeaveMessage ?? false,
    },
  };
}

/** Messages are locale keys (with `#max` for lengths), translated where they are shown. */
const required = 'validation.required';
const tooLong = (max: number) => `validation.tooLong#${max}`;

const text = (max: number) => z.string().trim().max(max, tooLong(max));
const requiredText = (max: number) => text(max).min(1, required);

const offenderNumberPattern = /^[A-Z0-9]{3,12}$/;
const phonePattern = /^[0-9+() .x-]{7,40}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const participantFormSchema = z
  .object({
    kind: z.enum(participantKinds, { message: 'validation.choose' }),
    firstName: requiredText(100),
    lastName: requiredText(100),
    preferredLanguage: z.enum(officialLanguages, { message: 'validation.choose' }),
    offenderNumber: text(12),
    institution: text(120),
    institutionId: z.string(),
    contact: z.object({
      phone: text(40).refine((v) => v === '' || phonePattern.test(v), 'validation.phone'),
      email: text(254).refine((v) => v === '' || emailPattern.test(v), 'validation.email'),
      postalAddress: text(500),
      preferredMethod: z.union([z.literal(''), z.enum(contactMethods)]),
      safeTimes: text(500),
      mayLeaveMessage: z.boolean(),
    }),
  })
  .superRefine((values, ctx) => {
    if (values.kind !== 'OFFENDER') return;
    if (values.offenderNumber === '') {
      ctx.addIssue({ code: 'custom', path: ['offenderNumber'], message: 'validation.offenderNumberRequired' });
    } else if (!offenderNumberPattern.test(values.offenderNumber)) {
      ctx.addIssue({ code: 'custom', path: ['offenderNumber'], message: 'validation.offenderNumber' });
    }
  });

export type ValidParticipantForm = z.output<typeof participantFormSchema>;

/** Validates the form: the valid values, or error keys by field path (e.g. `contact.email`). */
export const validateParticipantForm: (values: ParticipantFormValues) => Validation<ValidParticipantForm> = validateWith(participantFormSchema);

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function toUpdate(values: ValidParticipantForm): ParticipantUpdate {
  const body: ParticipantUpdate = {
    firstName: values.firstName,
    lastName: values.lastName,
    preferredLanguage: values.preferredLanguage,
  };
  if (values.kind === 'OFFENDER') {
    // Offenders have an offender number and an institution, and never contact details.
    body.offenderNumber = values.offenderNumber;
    const institution = optional(values.institution);
    if (values.institutionId !== '') body.institutionId = values.institutionId;
    else if (institution) body.institution = institution;
    return body;
  }
  const c = values.contact;
  const hasContact =
    c.phone !== '' || c.email !== '' || c.postalAddress !== '' || c.preferredMethod !== '' || c.safeTimes !== '' || c.mayLeaveMessage;
  if (hasContact) {
    body.contact = {
      phone: optional(c.phone),
      email: optional(c.email),
      postalAddress: optional(c.postalAddress),
      preferredMethod: c.preferredMethod === '' ? undefined : c.preferredMethod,
      safeTimes: optional(c.safeTimes),
      mayLeaveMessage: c.mayLeaveMessage,
    };
  }
  return body;
}

export function toNewParticipant(values: ValidParticipantForm): NewParticipant {
  return { kind: values.kind, ...toUpdate(values) };
}

export function toParticipantUpdate(values: ValidParticipantForm): ParticipantUpdate {
  return toUpdate(values);
}
