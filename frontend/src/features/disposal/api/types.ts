import type { components } from '../../../lib/api/schema';

export type DuePage = components['schemas']['DuePage'];
export type DueRecord = components['schemas']['DueRecord'];
export type LegalHoldView = components['schemas']['LegalHoldView'];
export type RecordRef = components['schemas']['RecordRef'];
export type RecordType = components['schemas']['DisposableKind'];
export type Disposal = components['schemas']['Disposal'];

export const disposalKeys = {
  all: ['disposals'] as const,
  due: (page: number) => [...disposalKeys.all, 'due', page] as const,
};

/** One key per record, the same for a due record and a reference to it. */
export function recordKey(record: { recordType: RecordType; recordId: string }): string {
  return `${record.recordType}:${record.recordId}`;
}
