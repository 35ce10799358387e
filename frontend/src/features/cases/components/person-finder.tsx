import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
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
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const search = useFindPeople(q);
  const people = (search.data?.items ?? []).filter((p) => (joinerKinds as readonly string[]).includes(p.kind) && !excluded.includes(p.id));

  if (selected) {
    return (
      <div className="ro-field" data-testid="join-picked-person">
        <p className="ro-label">{t('caseJoiners.picked')}</p>
        <p>
          <strong>
            {selected.firstName} {selected.lastName}
          </strong>{' '}
          ({t(`participants.kind.${selected.kind}`)}){' '}
          <Button variant="secondary" size="small" onClick={() => onSelect(undefined)}>
            {t('caseJoiners.change')}
          </Button>
        </p>
      </div>
    );
  }
  return (
    <div className={`ro-field${error ? ' ro-field--error' : ''}`} id="field-participantId">
      <label htmlFor="join-person-lookup" className="ro-label">
        {t('caseJoiners.find')}
      </label>
      {error ? (
        <p className="ro-error-message" data-testid="field-participantId-error">
          {error}
        </p>
      ) : null}
      <div className="ro-search__row">
        <input
          id="join-person-lookup"
          type="search"
          className="ro-input"
          value={draft}
          maxLength={100}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setQ(draft.trim());
            }
          }}
        />
        <Button variant="secondary" onClick={() => setQ(draft.trim())} data-testid="join-person-lookup-submit">
          {t('participants.searchButton')}
        </Button>
      </div>
      {search.isError ? <ErrorAlert error={search.error} /> : null}
      {q && search.data ? (
        people.length ? (
          <ul className="ro-pick-list" data-testid="join-person-results">
            {people.map((p) => (
              <li key={p.id}>
                <button type="button" className="ro-link-button" onClick={() => onSelect(p)}>
                  {p.lastName}, {p.firstName} — {t(`participants.kind.${p.kind}`)}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('caseJoiners.noPerson')}</p>
        )
      ) : null}
    </div>
  );
}
