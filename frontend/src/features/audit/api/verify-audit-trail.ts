import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { AuditVerification } from './types';

/** Runs the check of the sealed chain and the signed checkpoints (a read, but one the auditor starts). */
export async function verifyAuditTrail(): Promise<AuditVerification> {
  return unwrap(await api.GET('/api/audit/verification'));
}

export function useVerifyAuditTrail() {
  return useMutation({ mutationFn: verifyAuditTrail });
}
