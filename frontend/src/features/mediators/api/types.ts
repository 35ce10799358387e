import type { components } from '../../../lib/api/schema';

export type MediatorView = components['schemas']['MediatorView'];
export type MediatorEntry = components['schemas']['MediatorEntry'];
export const mediatorLanguages = ['EN', 'FR', 'EN,FR'] as const satisfies readonly MediatorEntry['languages'][];

export const mediatorKeys = {
  all: ['mediators'] as const,
  list: () => [...mediatorKeys.all, 'list'] as const,
};

