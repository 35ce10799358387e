import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { RegionName } from '../../../components/reference-select';
import type { InstitutionView, RegionView } from '../api/types';
import { DataTable } from '../../../components/data-table';

interface ReferenceTableProps {
  kind: 'region' | 'institution';
  rows: readonly (RegionView | InstitutionView)[];
  /** While a form is open, no other row can be opened. */
  editDisabled: boolean;
  onEdit: (row: RegionView | InstitutionView) => void;
}

/** Regions or institutions: both names, the code, (the region,) whether active, and a button to change each. */
export function ReferenceTable({ kind, rows, editDisabled, onEdit }: ReferenceTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable data-testid={`${kind}-table`}>
      <thead>
        <tr>
          <th scope="col">{t('reference.fields.nameEn')}</th>
          <th scope="col">{t('reference.fields.nameFr')}</th>
          <th scope="col">{t('reference.fields.code')}</th>
          {kind === 'institution' ? <th scope="col">{t('reference.fields.region')}</th> : null}
          <th scope="col">{t('reference.fields.status')}</th>
          <th scope="col">
            <span className="ro-visually-hidden">{t('reference.edit')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={`${kind}-row`} data-code={row.code}>
            <td lang="en">{row.nameEn}</td>
            <td lang="fr">{row.nameFr}</td>
            <td>{row.code}</td>
            {'regionId' in row ? (
              <td>
                <RegionName id={row.regionId} />
              </td>
            ) : null}
            <td>
              <span className={`ro-badge ${row.active ? 'ro-badge--accepted' : 'ro-badge--withdrawn'}`} data-testid="reference-active">
                {row.active ? t('reference.active') : t('reference.inactive')}
              </span>
            </td>
            <td>
              <Button variant="secondary" size="small" disabled={editDisabled} onClick={() => onEdit(row)} data-testid={`edit-${kind}-${row.code}`}>
                {t('reference.edit')}
                <span className="ro-visually-hidden"> {row.nameEn}</span>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
