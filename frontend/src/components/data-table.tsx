import { useLayoutEffect, useRef, type TableHTMLAttributes } from 'react';

/**
 * Names each body cell after its column (`data-label`, from the header's text), so that on a narrow
 * screen the stylesheet can stack a row as a card of "column: value" lines instead of a table wider
 * than the screen. A column whose header is only for screen readers (an "Open" link's) gets no label.
 */
export function labelCells(table: HTMLTableElement): void {
  const heads = [...table.querySelectorAll<HTMLTableCellElement>(':scope > thead > tr > th')].map((th) =>
    th.querySelector('.ro-visually-hidden') && th.textContent?.trim() === th.querySelector('.ro-visually-hidden')?.textContent?.trim()
      ? ''
      : (th.textContent ?? '').trim(),
  );
  for (const row of table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')) {
    [...row.cells].forEach((cell, i) => {
      const label = heads[i];
      if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      else if (!label) cell.removeAttribute('data-label');
    });
  }
}

/** The portal's table: a table on a wide screen, a list of cards on a narrow one (styles.css, `.ro-table`). */
export function DataTable({ className, children, ...rest }: TableHTMLAttributes<HTMLTableElement>) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelCells(table);
    // Rows come and go (paging, filters, a language change) without this component rendering again.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <table ref={ref} className={['ro-table', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </table>
  );
}
