import type { components } from '../../../lib/api/schema';

export type WorkQueueName = components['schemas']['WorkQueueName'];
export type WorkQueueCount = components['schemas']['WorkQueueCount'];
export type WorkPage = components['schemas']['WorkPage'];
export type WorkItem = components['schemas']['WorkItemView'];

export const workKeys = {
  all: ['work'] as const,
  summary: () => [...workKeys.all, 'summary'] as const,
  queue: (queue: WorkQueueName, page: number, size: number) => [...workKeys.all, 'queue', queue, page, size] as const,
};

export const workQueueNames = [
  'reassessments-due',
  'messages-to-screen',
  'meetings-soon',
  'recent-withdrawals',
  'referral-assessments',
  'referrals-waiting',
  'no-contact-reviews',
  'matches-to-act-on',
  'numbers-to-confirm',
  'quiet-cases',
  'cases-without-mediator',
] as const satisfies readonly WorkQueueName[];

export function isWorkQueueName(value: string | undefined): value is WorkQueueName {
  return (workQueueNames as readonly string[]).includes(value ?? '');
}
