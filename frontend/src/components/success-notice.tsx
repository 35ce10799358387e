import { GcdsAlert } from '@gcds-core/components-react';
import type { ReactNode } from 'react';
import { useNoActionSince } from '../lib/notices';

interface SuccessNoticeProps {
  heading: string;
  children?: ReactNode;
  testId?: string;
}

/** A GCDS success banner that is gone once the next action starts (see lib/notices). */
export function SuccessNotice({ heading, children, testId = 'success-notice' }: SuccessNoticeProps) {
  const current = useNoActionSince();
  if (!current) return null;
  return (
    <div data-testid={testId}>
      <GcdsAlert alertRole="success" heading={heading} hideCloseBtn container="full">
        {children}
      </GcdsAlert>
    </div>
  );
}
