import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from '../lib/api/schema';

/** MSW handlers typed from openapi.yaml: paths, parameters and bodies must match the contract. */
export const http = createOpenApiHttp<paths>({ baseUrl: window.location.origin });
export const server = setupServer();

type ParticipantView = components['schemas']['ParticipantView'];

export function aParticipant(overrides: Partial<ParticipantView> = {}): ParticipantView {
  return {
    id: '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f',
    kind: 'VICTIM',
    firstName: 'Hélène',
    lastName: 'Tremblay',
    preferredLanguage: 'FR',
    offenderNumber: null,
    institution: null,
    contact: null,
    version: 1,
    createdAt: '2026-03-10T16:15:50Z',
    updatedAt: '2026-03-10T16:15:50Z',
    createdBy: 'coordinator1',
    ...overrides,
  };
}
