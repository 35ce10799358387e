import type { components, operations } from '../../../lib/api/schema';

export type AuditEntryPage = components['schemas']['AuditEntryPage'];
export type AuditEntryView = components['schemas']['AuditEntryView'];
export type AuditVerification = components['schemas']['AuditVerification'];
export type AuditFinding = components['schemas']['AuditFinding'];
export type AuditCheckpoint = components['schemas']['AuditCheckpoint'];
export type AuditCheckpointPage = components['schemas']['AuditCheckpointPage'];
type EntriesQuery = NonNullable<operations['listAuditEntries']['parameters']['query']>;
export type AuditRole = NonNullable<EntriesQuery['role']>;

/** The filters of the trail as the page keeps them (in the URL): every one optional, text as typed. */
export interface AuditFilters {
  actor?: string;
  role?: AuditRole;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  from?: string;
  to?: string;
  requestId?: string;
}

export const auditFilterNames = ['actor', 'role', 'action', 'resourceType', 'resourceId', 'from', 'to', 'requestId'] as const;

export const auditRoles = ['coordinator', 'mediator', 'staff', 'auditor', 'admin', 'integration'] as const satisfies readonly AuditRole[];

/** The kinds of record the program audits (the API takes any code; these are the ones it writes). */
export const recordTypes = [
  'PARTICIPANT',
  'REFERRAL',
  'SUITABILITY_ASSESSMENT',
  'CASE',
  'SAFETY_ASSESSMENT',
  'MEETING',
  'CASE_NOTE',
  'MESSAGE',
  'MEDIATOR',
  'REFERRAL_MATCH',
  'AUDIT_ENTRY',
  'AUDIT_TRAIL',
  'AUDIT_CHECKPOINT',
] as const;

export const auditKeys = {
  all: ['audit'] as const,
  entries: (filters: AuditFilters, after: string | undefined) => [...auditKeys.all, 'entries', filters, after ?? null] as const,
  accessLog: (type: string, id: string, after: string | undefined) => [...auditKeys.all, 'access-log', type, id, after ?? null] as const,
  checkpoints: (page: number) => [...auditKeys.all, 'checkpoints', page] as const,
};

/** The filters that hold something, trimmed (what is sent to the API). */
export function givenFilters(filters: AuditFilters): AuditFilters {
  const given: AuditFilters = {};
  for (const name of auditFilterNames) {
    const value = filters[name]?.trim();
    if (value) (given as Record<string, string>)[name] = value;
  }
  return given;
}
