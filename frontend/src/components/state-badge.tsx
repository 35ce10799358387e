interface StateBadgeProps {
  /** The machine value (e.g. UNDER_ASSESSMENT): it picks the colour. */
  state: string;
  label: string;
  testId?: string;
}

/** A referral's state as a coloured tag. */
export function StateBadge({ state, label, testId }: StateBadgeProps) {
  return (
    <span className={`ro-badge ro-badge--${state.toLowerCase().replace(/_/g, '-')}`} data-testid={testId} data-state={state}>
      {label}
    </span>
  );
}
