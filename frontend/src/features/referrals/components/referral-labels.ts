import { useTranslation } from 'react-i18next';
import type { Channel, ReferralSource, ReferralState } from '../api/types';

/** The plain-language names of a referral's state, source and channel. */
export function useReferralLabels() {
  const { t } = useTranslation();
  return {
    state: (s: ReferralState) => t(`referrals.state.${s}`),
    source: (s: ReferralSource) => t(`referrals.source.${s}`),
    channel: (c: Channel | null | undefined) => (c ? t(`referrals.channel.${c}`) : ''),
  };
}
