import type { components } from '../../../lib/api/schema';

export type MessageView = components['schemas']['MessageView'];
export type MessageKind = components['schemas']['MessageKind'];
export type MessageState = components['schemas']['MessageState'];
export type NewMessage = components['schemas']['NewMessage'];
export type FileView = components['schemas']['FileView'];
export type DeliveryMethod = components['schemas']['DeliveryMethod'];
export type RecipientCopy = components['schemas']['RecipientCopy'];
export type AuthorCopy = components['schemas']['AuthorCopy'];
export type Approval = components['schemas']['Approval'];
export type PartDecision = components['schemas']['PartDecision'];
export type AuthorCopyStatus = AuthorCopy['status'];
export type ReviewItem = components['schemas']['ReviewItem'];
export type CaseView = components['schemas']['CaseView'];
export type CaseParticipantView = components['schemas']['CaseParticipantView'];
export type UploadRole = 'original' | 'redacted';

export const messageKinds = ['LETTER', 'VIDEO_MESSAGE', 'RELAYED_MESSAGE'] as const satisfies readonly MessageKind[];
export const partDecisions = ['AS_IS', 'REDACTED'] as const satisfies readonly PartDecision[];
export const deliveryMethods = ['MAIL', 'IN_PERSON', 'PLAYED_AT_MEETING'] as const satisfies readonly DeliveryMethod[];
/** States in which an approved version exists (what the recipient receives). */
export const approvedStates: readonly MessageState[] = ['APPROVED', 'DELIVERED', 'ACKNOWLEDGED'];

/** What the browser's file picker offers per kind (the API recognises the type by content anyway). */
export const acceptedFiles: Partial<Record<MessageKind, string>> = {
  LETTER: 'application/pdf,image/jpeg,image/png',
  VIDEO_MESSAGE: 'video/mp4,video/webm',
};

export const messageKeys = {
  all: ['messages'] as const,
  lists: () => [...messageKeys.all, 'list'] as const,
  list: (caseId: string) => [...messageKeys.lists(), caseId] as const,
  detail: (caseId: string, id: string) => [...messageKeys.all, 'detail', caseId, id] as const,
  /** What the sides are told, read again after every move of the message. */
  copies: (id: string) => [...messageKeys.all, 'copies', id] as const,
  recipientCopy: (id: string) => [...messageKeys.copies(id), 'recipient'] as const,
  authorCopy: (id: string) => [...messageKeys.copies(id), 'author'] as const,
  queue: () => [...messageKeys.all, 'review-queue'] as const,
  caseOf: (caseId: string) => [...messageKeys.all, 'case', caseId] as const,
};

