import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { setTokenSource } from '../lib/api/client';
import { changeLanguage } from '../lib/i18n/i18n';
import { server } from './server';

setTokenSource(async () => 'test-token');

// gcds-heading checks its tag before React has set it under jsdom (not in a browser): drop that one line.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (args[0] === 'Not a valid tag.') return;
  consoleError(...args);
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await changeLanguage('en');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
