import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The cursor of the page shown, kept in the URL (`after`), and the cursors of the pages read before it, so that
 * "previous" goes back one page. The list starts again from its first page when `resetKey` (its filters) changes.
 */
export function useCursorPages(resetKey: string) {
  const [searchParams, setSearchParams] = useSearchParams();
  const after = searchParams.get('after') ?? undefined;
  const [trail, setTrail] = useState<{ key: string; before: (string | undefined)[] }>({ key: resetKey, before: [] });
  const before = trail.key === resetKey ? trail.before : [];
  const go = (cursor: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setSearchParams(next);
  };
  return {
    after,
    hasPrevious: before.length > 0 || after !== undefined,
    next: (cursor: string) => {
      setTrail({ key: resetKey, before: [...before, after] });
      go(cursor);
    },
    previous: () => {
      setTrail({ key: resetKey, before: before.slice(0, -1) });
      go(before.length ? before[before.length - 1] : undefined);
    },
  };
}
