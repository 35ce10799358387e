import type { components } from '../../../lib/api/schema';

export type MediatorView = components['schemas']['MediatorView'];
export type MediatorEntry = components['schemas']['MediatorEntry'];
/** The official languages a mediator may work in, in the order the API keeps them. */
export const mediatorLanguages = ['EN', 'FR'] as const satisfies MediatorEntry['languages'];

export const mediatorKeys = {
  all: ['mediators'] as const,
  list: () => [...mediatorKeys.all, 'list'] as const,
};

