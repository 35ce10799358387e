import { useTranslation } from 'react-i18next';
import { PersonSearch } from '../../../components/person-search';
import { useFindPeople } from '../api/find-people';
import { joinerKinds, type ParticipantPage } from '../api/types';

type Person = ParticipantPage['items'][number];

interface PersonFinderProps {
  /** Already of the case: not offered again. */
  excluded: readonly string[];
  selected: Person | undefined;
  onSelect: (person: Person | undefined) => void;
  error?: string | undefined;
}

/** Finds, by name, a victim, family member or support person already recorded who is not of the case yet. */
export function PersonFinder({ excluded, selected, onSelect, error }: PersonFinderProps) {
  const { t } = useTranslation();
  return (
    <PersonSearch
      useSearch={useFindPeople}
      offered={(p) => (joinerKinds as readonly string[]).includes(p.kind) && !excluded.includes(p.id)}
      selected={selected}
      onSelect={onSelect}
      error={error}
      text={{ find: t('caseJoiners.find'), picked: t('caseJoiners.picked'), change: t('caseJoiners.change'), none: t('caseJoiners.noPerson') }}
      idPrefix="join-person-lookup"
      pickedTestId="join-picked-person"
    />
  );
}
