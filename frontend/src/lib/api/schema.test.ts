import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

describe('the API types', () => {
  it('are generated from the current openapi.yaml (run `npm run gen:api` when this fails)', async () => {
    const contract = resolve(__dirname, '../../../../openapi.yaml');
    const generated = astToString(await openapiTS(new URL(`file://${contract}`)));
    const checkedIn = readFileSync(resolve(__dirname, 'schema.d.ts'), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('export interface paths')).trim();
    expect(body(checkedIn)).toBe(body(generated));
  }, 20_000);
});
