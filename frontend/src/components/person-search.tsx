import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../lib/api/schema';
import { Button } from './button';
import { ErrorAlert } from './error-alert';

type Person = components['schemas']['ParticipantSummary'];

interface PersonSearchProps {
  /** The feature's search of recorded participants by name, as the query it runs for `q` ('' for none yet). */
  useSearch: (q: string) => { data?: { items: Person[] } | undefined; isError: boolean; error: unknown };
  /** Which of the people found may be chosen. */
  offered: (person: Person) => boolean;
  selected: Person | undefined;
  onSelect: (person: Person | undefined) => void;
  error?: string | undefined;
  /** The words of the feature that uses it. */
  text: { find: string; picked: string; change: string; none: string };
  /** Prefix of the input's id and of the test ids (`-submit`, `-results`); `pickedTestId` for the chosen person. */
  idPrefix: string;
  pickedTestId: string;
}

/** Finds a participant already recorded by name, and shows the one chosen with a way to choose someone else. */
export function PersonSearch({ useSearch, offered, selected, onSelect, error, text, idPrefix, pickedTestId }: PersonSearchProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const search = useSearch(q);
  const people = (search.data?.items ?? []).filter(offered);

  if (selected) {
    return (
      <div className="ro-field" data-testid={pickedTestId}>
        <p className="ro-label">{text.picked}</p>
        <p>
          <strong>
            {selected.firstName} {selected.lastName}
          </strong>{' '}
          ({t(`participants.kind.${selected.kind}`)}){' '}
          <Button variant="secondary" size="small" onClick={() => onSelect(undefined)}>
            {text.change}
          </Button>
        </p>
      </div>
    );
  }
  return (
    <div className={`ro-field${error ? ' ro-field--error' : ''}`} id="field-participantId">
      <label htmlFor={idPrefix} className="ro-label">
        {text.find}
      </label>
      {error ? (
        <p className="ro-error-message" data-testid="field-participantId-error">
          {error}
        </p>
      ) : null}
      <div className="ro-search__row">
        <input
          id={idPrefix}
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
        <Button variant="secondary" onClick={() => setQ(draft.trim())} data-testid={`${idPrefix}-submit`}>
          {t('participants.searchButton')}
        </Button>
      </div>
      {search.isError ? <ErrorAlert error={search.error} /> : null}
      {q && search.data ? (
        people.length ? (
          <ul className="ro-pick-list" data-testid={`${idPrefix}-results`}>
            {people.map((p) => (
              <li key={p.id}>
                <button type="button" className="ro-link-button" onClick={() => onSelect(p)}>
                  {p.lastName}, {p.firstName} — {t(`participants.kind.${p.kind}`)}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{text.none}</p>
        )
      ) : null}
    </div>
  );
}
