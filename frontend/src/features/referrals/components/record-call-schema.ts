import { z } from 'zod';
import { validateWith, type Validation } from '../../../components/use-form';
import { channels, federalSentences, harmedPersonKinds, victimRegistrations, type HarmedPersonRequest } from '../api/types';

/** What the "record a call" form holds, as typed. */
export interface RecordCallValues {
  person: 'new' | 'existing';
  participantId: string;
  newParticipant: {
    kind: string;
    firstName: string;
    lastName: string;
    preferredLanguage: string;
    contact: { phone: string; email: string; postalAddress: string; preferredMethod: string; safeTimes: string; mayLeaveMessage: boolean };
  };
  channel: string;
  offenderNumber: string;
  /** The offender as they name them, when they do not know the number. */
  offenderFirstName: string;
  offenderLastName: string;
  /** Chosen from the active regions ('' for none). */
  regionId: string;
  victimRegistration: string;
  /** YES, NO or UNKNOWN (not yet known: the default). */
  federalSentence: string;
  notes: string;
}

export const emptyRecordCall: RecordCallValues = {
  person: 'new',
  participantId: '',
  newParticipant: { kind: 'VICTIM', firstName: '', lastName: '', preferredLanguage: '', contact: { phone: '', email: '', postalAddress: '', preferredMethod: '', safeTimes: '', mayLeaveMessage: false } },
  channel: 'PHONE',
  offenderNumber: '',
  offenderFirstName: '',
  offenderLastName: '',
  regionId: '',
  victimRegistration: '',
  federalSentence: 'UNKNOWN',
  notes: '',
};

const required = 'validation.required';
const tooLong = (max: number) => `validation.tooLong#${max}`;
const text = (max: number) => z.string().trim().max(max, tooLong(max));
const phonePattern = /^[0-9+() .x-]{7,40}$/;
const offenderNumberPattern = /^[A-Z0-9]{3,12}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const contactMethods = ['PHONE', 'EMAIL', 'MAIL'] as const;

export const recordCallSchema = z
  .object({
    person: z.enum(['new', 'existing']),
    participantId: z.string(),
    newParticipant: z.object({
      kind: z.string(),
      firstName: text(100),
      lastName: text(100),
      preferredLanguage: z.string(),
      contact: z.object({
        phone: text(40).refine((v) => v === '' || phonePattern.test(v), 'validation.phone'),
        email: text(254).refine((v) => v === '' || emailPattern.test(v), 'validation.email'),
        postalAddress: text(500),
        preferredMethod: z.union([z.literal(''), z.enum(contactMethods)]),
        safeTimes: text(500),
        mayLeaveMessage: z.boolean(),
      }),
    }),
    // Choices are checked below, so that every field's error shows at once (a failed enum would stop the refinement).
    channel: z.string(),
    offenderNumber: text(12).refine((v) => v === '' || offenderNumberPattern.test(v), 'validation.offenderNumber'),
    offenderFirstName: text(100),
    offenderLastName: text(100),
    regionId: z.string(),
    victimRegistration: z.string(),
    federalSentence: z.string(),
    notes: text(4000),
  })
  .superRefine((v, ctx) => {
    if (!(channels as readonly string[]).includes(v.channel)) ctx.addIssue({ code: 'custom', path: ['channel'], message: 'validation.choose' });
    if (!(federalSentences as readonly string[]).includes(v.federalSentence)) {
      ctx.addIssue({ code: 'custom', path: ['federalSentence'], message: 'validation.choose' });
    }
    if (!(victimRegistrations as readonly string[]).includes(v.victimRegistration)) {
      ctx.addIssue({ code: 'custom', path: ['victimRegistration'], message: 'validation.choose' });
    }
    if (v.person === 'existing') {
      if (v.participantId === '') ctx.addIssue({ code: 'custom', path: ['participantId'], message: 'validation.choosePerson' });
      return;
    }
    const p = v.newParticipant;
    if (!(harmedPersonKinds as readonly string[]).includes(p.kind)) ctx.addIssue({ code: 'custom', path: ['newParticipant', 'kind'], message: 'validation.choose' });
    if (p.firstName === '') ctx.addIssue({ code: 'custom', path: ['newParticipant', 'firstName'], message: required });
    if (p.lastName === '') ctx.addIssue({ code: 'custom', path: ['newParticipant', 'lastName'], message: required });
    if (p.preferredLanguage !== 'EN' && p.preferredLanguage !== 'FR') {
      ctx.addIssue({ code: 'custom', path: ['newParticipant', 'preferredLanguage'], message: 'validation.choose' });
    }
  });

export type ValidRecordCall = z.output<typeof recordCallSchema>;

export const validateRecordCall: (values: RecordCallValues) => Validation<ValidRecordCall> = validateWith(recordCallSchema);

export function toHarmedPersonRequest(v: ValidRecordCall): HarmedPersonRequest {
  const body: HarmedPersonRequest = {
    channel: v.channel as (typeof channels)[number],
    victimRegistration: v.victimRegistration as (typeof victimRegistrations)[number],
    federalSentence: v.federalSentence as (typeof federalSentences)[number],
  };
  if (v.person === 'existing') {
    body.participantId = v.participantId;
  } else {
    const p = v.newParticipant;
    const c = p.contact;
    body.newParticipant = {
      kind: p.kind as (typeof harmedPersonKinds)[number],
      firstName: p.firstName,
      lastName: p.lastName,
      preferredLanguage: p.preferredLanguage as 'EN' | 'FR',
    };
    if (c.phone !== '' || c.email !== '' || c.postalAddress !== '' || c.preferredMethod !== '' || c.safeTimes !== '' || c.mayLeaveMessage) {
      // the way they prefer, as said; a phone number alone is how they called
      const preferredMethod = c.preferredMethod || (c.phone ? 'PHONE' : '');
      body.newParticipant.contact = {
        ...(c.phone ? { phone: c.phone } : {}),
        ...(c.email ? { email: c.email } : {}),
        ...(c.postalAddress ? { postalAddress: c.postalAddress } : {}),
        ...(c.safeTimes ? { safeTimes: c.safeTimes } : {}),
        ...(preferredMethod ? { preferredMethod } : {}),
        mayLeaveMessage: c.mayLeaveMessage,
      };
    }
  }
  if (v.offenderNumber) body.offenderNumber = v.offenderNumber;
  else if (v.offenderLastName) {
    body.offenderLastName = v.offenderLastName;
    if (v.offenderFirstName) body.offenderFirstName = v.offenderFirstName;
  }
  if (v.notes) body.notes = v.notes;
  if (v.regionId) body.regionId = v.regionId;
  return body;
}
