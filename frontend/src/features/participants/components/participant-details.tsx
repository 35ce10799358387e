import { useTranslation } from 'react-i18next';
import { useInstitutionName } from '../../../lib/api/reference-data';
import type { ParticipantView } from '../api/types';

function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A participant's record; contact details appear only when the API sent them (it sends them only to roles that may see them). */
export function ParticipantDetails({ participant }: { participant: ParticipantView }) {
  const { t, i18n } = useTranslation();
  const contact = participant.contact;
  const institutionName = useInstitutionName();
  const row = (label: string, value: string | null | undefined, testId?: string) =>
    value ? (
      <div className="ro-dl__row">
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </div>
    ) : null;
  return (
    <>
      <dl className="ro-dl" data-testid="participant-details">
        {row(t('participants.fields.kind'), t(`participants.kind.${participant.kind}`), 'participant-kind')}
        {row(t('participants.fields.firstName'), participant.firstName)}
        {row(t('participants.fields.lastName'), participant.lastName)}
        {row(t('participants.fields.preferredLanguage'), t(`participants.language.${participant.preferredLanguage}`))}
        {row(t('participants.fields.offenderNumber'), participant.offenderNumber)}
        {row(t('participants.fields.institution'), institutionName(participant.institutionId, participant.institution))}
        {row(t('participants.fields.createdAt'), formatDate(participant.createdAt, i18n.language))}
        {row(t('participants.fields.createdBy'), participant.createdBy)}
        {row(t('participants.fields.updatedAt'), formatDate(participant.updatedAt, i18n.language))}
      </dl>
      {contact ? (
        <section data-testid="participant-contact" aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('participants.fields.contact')}</h2>
          <dl className="ro-dl">
            {row(t('participants.fields.phone'), contact.phone)}
            {row(t('participants.fields.email'), contact.email)}
            {row(t('participants.fields.postalAddress'), contact.postalAddress)}
            {row(t('participants.fields.preferredMethod'), contact.preferredMethod ? t(`participants.contactMethod.${contact.preferredMethod}`) : undefined)}
            {row(t('participants.fields.safeTimes'), contact.safeTimes)}
            {row(t('participants.fields.mayLeaveMessage'), contact.mayLeaveMessage ? t('participants.yes') : t('participants.no'))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
