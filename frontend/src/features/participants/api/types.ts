import type { components } from '../../../lib/api/schema';

export type ParticipantView = components['schemas']['ParticipantView'];
export type ParticipantSummary = components['schemas']['ParticipantSummary'];
export type ParticipantPage = components['schemas']['ParticipantPage'];
export type NewParticipant = components['schemas']['NewParticipant'];
export type ParticipantUpdate = components['schemas']['ParticipantUpdate'];
export type ParticipantKind = components['schemas']['ParticipantKind'];
export type OfficialLanguage = components['schemas']['OfficialLanguage'];
export type ContactMethod = components['schemas']['ContactMethod'];
export type ContactDetails = components['schemas']['ContactDetails'];

export const participantKinds = ['VICTIM', 'FAMILY_MEMBER', 'OFFENDER', 'SUPPORT_PERSON'] as const satisfies readonly ParticipantKind[];
export const officialLanguages = ['EN', 'FR'] as const satisfies readonly OfficialLanguage[];
export const contactMethods = ['PHONE', 'EMAIL', 'MAIL'] as const satisfies readonly ContactMethod[];

/** A participant as read, with the ETag to send back as If-Match when changing it. */
export interface VersionedParticipant {
  participant: ParticipantView;
  etag: string | undefined;
}

export const participantKeys = {
  all: ['participants'] as const,
  lists: () => [...participantKeys.all, 'list'] as const,
  list: (params: ListParticipantsParams) => [...participantKeys.lists(), params] as const,
  detail: (id: string) => [...participantKeys.all, 'detail', id] as const,
};

export interface ListParticipantsParams {
  q?: string | undefined;
  kind?: ParticipantKind | undefined;
  page: number;
  size: number;
}
