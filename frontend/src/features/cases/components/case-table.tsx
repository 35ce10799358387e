import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateBadge } from '../../../components/state-badge';
import type { CaseSummary } from '../api/types';
import { useCaseLabels } from './case-labels';
import { DueDate, HoldBadge } from './due-date';
import { DataTable } from '../../../components/data-table';
import { staffNames } from '../../../components/staff-name';

export function CaseTable({ items }: { items: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <DataTable data-testid="case-list">
      <thead>
        <tr>
          <th scope="col">{t('cases.columns.participants')}</th>
          <th scope="col">{t('cases.columns.stage')}</th>
          <th scope="col">{t('cases.columns.mediators')}</th>
          <th scope="col">{t('cases.columns.safety')}</th>
          <th scope="col">{t('cases.columns.nextAssessment')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} data-testid="case-row" data-case-id={c.id}>
            <td>
              <Link to={`/cases/${c.id}`} data-testid="open-case">
                {c.participantNames.join(', ') || t('cases.unnamed')}
              </Link>
            </td>
            <td>
              <StateBadge state={`stage-${c.stage}`} label={labels.stage(c.stage)} testId="case-stage" />
            </td>
            <td>{staffNames(c.mediatorNames, c.mediators)}</td>
            <td>{c.onSafetyHold ? <HoldBadge /> : <span className="ro-muted">{t('cases.hold.none')}</span>}</td>
            <td>
              <DueDate date={c.nextAssessmentDue} testId="case-next-due" />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
