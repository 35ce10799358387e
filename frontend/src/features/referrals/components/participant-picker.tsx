import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
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
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const search = useParticipantSearch(q);
  const people = (search.data?.items ?? []).filter((p) => (harmedPersonKinds as readonly string[]).includes(p.kind));

  if (selected) {
    return (
      <div className="ro-field" data-testid="picked-participant">
        <p className="ro-label">{t('referrals.call.pickedPerson')}</p>
        <p>
          <strong>
            {selected.firstName} {selected.lastName}
          </strong>{' '}
          ({t(`participants.kind.${selected.kind}`)}){' '}
          <Button variant="secondary" size="small" onClick={() => onSelect(undefined)}>
            {t('referrals.call.changePerson')}
          </Button>
        </p>
      </div>
    );
  }
  return (
    <div className={`ro-field${error ? ' ro-field--error' : ''}`} id="field-participantId">
      <label htmlFor="participant-lookup" className="ro-label">
        {t('referrals.call.searchPerson')}
      </label>
      {error ? (
        <p className="ro-error-message" data-testid="field-participantId-error">
          {error}
        </p>
      ) : null}
      <div className="ro-search__row">
        <input
          id="participant-lookup"
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
        <Button variant="secondary" onClick={() => setQ(draft.trim())} data-testid="participant-lookup-submit">
          {t('participants.searchButton')}
        </Button>
      </div>
      {search.isError ? <ErrorAlert error={search.error} /> : null}
      {q && search.data ? (
        people.length ? (
          <ul className="ro-pick-list" data-testid="participant-lookup-results">
            {people.map((p) => (
              <li key={p.id}>
                <button type="button" className="ro-link-button" onClick={() => onSelect(p)}>
                  {p.lastName}, {p.firstName} — {t(`participants.kind.${p.kind}`)}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('referrals.call.noPerson')}</p>
        )
      ) : null}
    </div>
  );
}
