import en from './en.json';
import fr from './fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('English and French have exactly the same keys', () => {
    const enKeys = keys(en).sort();
    const frKeys = keys(fr).sort();
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
  });

  it('no message is empty in either language', () => {
    const empty = (obj: unknown, prefix = ''): string[] =>
      typeof obj === 'string'
        ? obj.trim() === '' ? [prefix] : []
        : Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => empty(v, prefix ? `${prefix}.${k}` : k));
    expect(empty(en)).toEqual([]);
    expect(empty(fr)).toEqual([]);
  });
});
