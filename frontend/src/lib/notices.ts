import { MutationCache } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';

/**
 * When a banner is old: an error or success banner stays only until the next change. Every action started
 * (every mutation) and every move to another page or record counts; an action's error is stamped with the
 * count it failed at, and a success banner remembers the count it first showed at. Reads' errors carry no
 * stamp: they say what the page is now and stay.
 */
interface Clock {
  actions: number;
  places: number;
}

let clock: Clock = { actions: 0, places: 0 };
const listeners = new Set<() => void>();
const stamps = new WeakMap<object, Clock>();

function tick(next: Clock): void {
  clock = next;
  listeners.forEach((listener) => listener());
}

/** An action (a mutation) starts: every banner shown before it is old. */
export function actionStarted(): void {
  tick({ ...clock, actions: clock.actions + 1 });
}

/** The reader moved to another page or record: the errors of the last one's actions are old. */
export function placeChanged(): void {
  tick({ ...clock, places: clock.places + 1 });
}

/** An action failed with this error, now. */
export function stampError(error: unknown): void {
  if (typeof error === 'object' && error !== null) stamps.set(error, clock);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function useClock(): Clock {
  return useSyncExternalStore(subscribe, () => clock);
}

/** Whether an error is still the latest news: no action started and no move since it came (errors of reads always are). */
export function useIsCurrentError(error: unknown): boolean {
  const now = useClock();
  const stamp = typeof error === 'object' && error !== null ? stamps.get(error) : undefined;
  return stamp === undefined || (stamp.actions === now.actions && stamp.places === now.places);
}

/** Whether no action started since the banner calling this first showed. */
export function useNoActionSince(): boolean {
  const now = useClock();
  const [shownAt] = useState(() => clock.actions);
  return now.actions === shownAt;
}

/** The query client's mutation cache that keeps this clock: every action starts it, its error is stamped. */
export function noticeMutationCache(): MutationCache {
  return new MutationCache({ onMutate: () => actionStarted(), onError: (error) => stampError(error) });
}
