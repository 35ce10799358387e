import { useTranslation } from 'react-i18next';
import type { CaseParticipantView, CaseStage, HoldReason, RiskLevel, Way } from '../api/types';

/** The plain-language names of a case's stage, ways, risk levels, sides and participation. */
export function useCaseLabels() {
  const { t } = useTranslation();
  return {
    stage: (s: CaseStage) => t(`cases.stage.${s}`),
    way: (w: Way) => t(`cases.way.${w}`),
    risk: (r: RiskLevel) => t(`cases.risk.${r}`),
    side: (s: CaseParticipantView['side']) => t(`cases.side.${s}`),
    status: (s: CaseParticipantView['status']) => t(`cases.status.${s}`),
    holdReason: (r: HoldReason) => t(`cases.hold.reason.${r}`),
    name: (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`,
  };
}

/** Today's date as YYYY-MM-DD in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from today to a YYYY-MM-DD date (negative once past). */
export function daysUntil(date: string, now: Date = new Date()): number {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return Number.POSITIVE_INFINITY;
  const due = Date.UTC(y, m - 1, d);
  const start = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((due - start) / 86_400_000);
}
