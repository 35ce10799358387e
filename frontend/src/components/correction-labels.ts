import { useTranslation } from 'react-i18next';
import type { RecordType } from '../lib/api/corrections';

/** The locale key of each participant field's label, by the name the API gives the field. */
const participantFieldKeys = {
  firstName: 'corrections.participantField.firstName',
  lastName: 'corrections.participantField.lastName',
  preferredLanguage: 'corrections.participantField.preferredLanguage',
  offenderNumber: 'corrections.participantField.offenderNumber',
  institution: 'corrections.participantField.institution',
  'contact.phone': 'corrections.participantField.contact_phone',
  'contact.email': 'corrections.participantField.contact_email',
  'contact.postalAddress': 'corrections.participantField.contact_postalAddress',
  'contact.preferredMethod': 'corrections.participantField.contact_preferredMethod',
  'contact.safeTimes': 'corrections.participantField.contact_safeTimes',
  'contact.mayLeaveMessage': 'corrections.participantField.contact_mayLeaveMessage',
} as const;

/** The fields of a participant's record a person may dispute, as the API names them (ro.privacy.model.RecordType). */
export const participantFields = Object.keys(participantFieldKeys) as (keyof typeof participantFieldKeys)[];

const isParticipantField = (field: string): field is keyof typeof participantFieldKeys => field in participantFieldKeys;

/** A disputed field's name in the reader's language (the participant's fields by their labels; others as the API names them). */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (recordType: RecordType, field: string | null | undefined): string => {
    if (!field) return t('corrections.wholeRecord');
    if (recordType === 'PARTICIPANT' && isParticipantField(field)) return t(participantFieldKeys[field]);
    return field;
  };
}
