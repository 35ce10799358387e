import { useState, type FormEvent } from 'react';
import { Button } from './button';

interface ListSearchProps {
  /** The search in the address ('' for none). */
  value: string;
  onSearch: (q: string) => void;
  /** The words of the list that uses it. */
  text: { label: string; hint: string; button: string; clear: string };
  /** Prefix of the input's id and of the test ids (`-input`, `-submit`, `-clear`). */
  idPrefix: string;
}

/** The GC Design System search pattern for a list: a labelled search box, its hint and a search button (and a way back to the whole list). */
export function ListSearch({ value, onSearch, text, idPrefix }: ListSearchProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The address changed (back button, a link): the box shows its search.
    setShown(value);
    setDraft(value);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  const inputId = `${idPrefix}-input`;
  return (
    <form role="search" onSubmit={submit} className="ro-search" aria-label={text.label}>
      <div className="ro-field">
        <label htmlFor={inputId} className="ro-label">
          {text.label}
        </label>
        <p id={`${inputId}-hint`} className="ro-hint">
          {text.hint}
        </p>
        <div className="ro-search__row">
          <input
            id={inputId}
            type="search"
            className="ro-input"
            value={draft}
            maxLength={100}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => setDraft(e.target.value)}
            data-testid={inputId}
          />
          <Button type="submit" variant="primary" data-testid={`${idPrefix}-submit`}>
            {text.button}
          </Button>
          {value ? (
            <Button type="button" variant="secondary" onClick={() => onSearch('')} data-testid={`${idPrefix}-clear`}>
              {text.clear}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
