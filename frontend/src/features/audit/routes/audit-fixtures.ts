import type { components } from '../../../lib/api/schema';

type AuditEntryView = components['schemas']['AuditEntryView'];

/** An entry of the trail as the API gives it, for the route tests. */
export function anEntry(overrides: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    seq: 42,
    at: '2026-11-30T10:15:00Z',
    subject: '0b7c2f1e-1111-4222-8333-444455556666',
    username: 'coordinator1',
    roles: 'coordinator',
    action: 'READ',
    resourceType: 'PARTICIPANT',
    resourceId: '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f',
    requestId: 'req-1',
    details: 'contact=shown',
    prevHash: null,
    hash: null,
    ...overrides,
  };
}
