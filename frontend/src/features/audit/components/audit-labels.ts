import { useTranslation } from 'react-i18next';
import { auditRoles, recordTypes, type AuditRole } from '../api/types';

type RecordType = (typeof recordTypes)[number];
const isRole = (value: string): value is AuditRole => (auditRoles as readonly string[]).includes(value);
const isRecordType = (value: string): value is RecordType => (recordTypes as readonly string[]).includes(value);

/** The words for roles and kinds of record; a code the portal does not know is shown as it is. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    role: (role: string): string => (isRole(role) ? t(`audit.roles.${role}`) : role),
    recordType: (type: string): string => (isRecordType(type) ? t(`audit.recordTypes.${type}`) : type),
  };
}
