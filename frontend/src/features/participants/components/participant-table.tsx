import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantSummary } from '../api/types';
import { DataTable } from '../../../components/data-table';

export function ParticipantTable({ items }: { items: readonly ParticipantSummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable data-testid="participants-table">
      <thead>
        <tr>
          <th scope="col">{t('participants.columns.name')}</th>
          <th scope="col">{t('participants.columns.kind')}</th>
          <th scope="col">{t('participants.columns.language')}</th>
          <th scope="col">{t('participants.columns.offenderNumber')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id} data-testid="participant-row">
            <td>
              <Link to={`/participants/${p.id}`}>
                {p.lastName}, {p.firstName}
              </Link>
            </td>
            <td>{t(`participants.kind.${p.kind}`)}</td>
            <td>{t(`participants.language.${p.preferredLanguage}`)}</td>
            <td>{p.offenderNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
