import { useTranslation } from 'react-i18next';
import { PersonSearch } from '../../../components/person-search';
import { useParticipantSearch } from '../api/search-participants';
import { harmedPersonKinds, type ParticipantSummary } from '../api/types';

interface ParticipantPickerProps {
  selected: ParticipantSummary | undefined;
  onSelect: (participant: ParticipantSummary | undefined) => void;
  error?: string | undefined;
}

/** Finds a victim or family member already recorded, by name. */
export function ParticipantPicker({ selected, onSelect, error }: ParticipantPickerProps) {
  const { t } = useTranslation();
  return (
    <PersonSearch
      useSearch={useParticipantSearch}
      offered={(p) => (harmedPersonKinds as readonly string[]).includes(p.kind)}
      selected={selected}
      onSelect={onSelect}
      error={error}
      text={{ find: t('referrals.call.searchPerson'), picked: t('referrals.call.pickedPerson'), change: t('referrals.call.changePerson'), none: t('referrals.call.noPerson') }}
      idPrefix="participant-lookup"
      pickedTestId="picked-participant"
    />
  );
}
