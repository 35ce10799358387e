import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../../components/state-badge';
import type { SubmittedReferralState } from '../api/types';

export function SubmittedStateBadge({ state, testId }: { state: SubmittedReferralState; testId?: string }) {
  const { t } = useTranslation();
  return <StateBadge state={state} label={t(`referrals.state.${state}`)} testId={testId} />;
}
