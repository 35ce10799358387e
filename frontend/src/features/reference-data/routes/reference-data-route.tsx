import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { RegionName } from '../../../components/reference-select';
import { etagOf } from '../../../lib/api/etag';
import { isApiError } from '../../../lib/api/problem';
import { useInstitutions, useRegions } from '../../../lib/api/reference-data';
import { useAddInstitution } from '../api/add-institution';
import { useAddRegion } from '../api/add-region';
import type { InstitutionView, RegionView } from '../api/types';
import { useUpdateInstitution } from '../api/update-institution';
import { useUpdateRegion } from '../api/update-region';
import { ReferenceForm, referenceValuesFrom, type ReferenceValues } from '../components/reference-form';

type Kind = 'region' | 'institution';
type Editing = { kind: Kind; row?: RegionView | InstitutionView } | null;

function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`ro-badge ${active ? 'ro-badge--accepted' : 'ro-badge--withdrawn'}`} data-testid="reference-active">
      {active ? t('reference.active') : t('reference.inactive')}
    </span>
  );
}

/** Reference data (administrators): the regions and institutions, added, renamed, moved, deactivated and reactivated. */
export function ReferenceDataRoute() {
  const { t } = useTranslation();
  const regions = useRegions();
  const institutions = useInstitutions();
  const mutations = { region: { add: useAddRegion(), update: useUpdateRegion() }, institution: { add: useAddInstitution(), update: useUpdateInstitution() } };
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => {
    setEditing(null);
    Object.values(mutations).forEach((m) => {
      m.add.reset();
      m.update.reset();
    });
  };
  const current = editing ? mutations[editing.kind] : null;
  const mutation = editing?.row ? current?.update : current?.add;
  const stale = isApiError(mutation?.error) && mutation.error.status === 412;

  const save = (values: ReferenceValues) => {
    if (!editing) return;
    const names = { nameEn: values.nameEn, nameFr: values.nameFr };
    if (editing.kind === 'region') {
      if (editing.row) mutations.region.update.mutate({ id: editing.row.id, etag: etagOf(editing.row), body: { ...names, active: values.active } }, { onSuccess: close });
      else mutations.region.add.mutate({ code: values.code, ...names }, { onSuccess: close });
    } else if (editing.row) {
      mutations.institution.update.mutate({ id: editing.row.id, etag: etagOf(editing.row), body: { ...names, regionId: values.regionId, active: values.active } }, { onSuccess: close });
    } else {
      mutations.institution.add.mutate({ code: values.code, ...names, regionId: values.regionId }, { onSuccess: close });
    }
  };

  const editButton = (kind: Kind, row: RegionView | InstitutionView) => (
    <Button variant="secondary" size="small" disabled={editing !== null} onClick={() => setEditing({ kind, row })} data-testid={`edit-${kind}-${row.code}`}>
      {t('reference.edit')}
      <span className="ro-visually-hidden"> {row.nameEn}</span>
    </Button>
  );
  const form = editing ? (
    <>
      {stale ? (
        <div role="alert" data-testid="stale-alert">
          <GcdsAlert alertRole="warning" heading={t('participants.staleTitle')} hideCloseBtn container="full">
            <p>{t('reference.staleBody')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      <ReferenceForm
        key={editing.row ? `${editing.row.id}:${editing.row.version}` : editing.kind}
        kind={editing.kind}
        title={editing.row ? t('reference.editTitle', { name: editing.row.nameEn }) : t(editing.kind === 'region' ? 'reference.addRegion' : 'reference.addInstitution')}
        initial={referenceValuesFrom(editing.row)}
        editing={editing.row !== undefined}
        submitting={mutation?.isPending ?? false}
        error={mutation?.error}
        onCancel={close}
        onSubmit={save}
      />
    </>
  ) : null;

  return (
    <>
      <PageHeading title={t('reference.title')}>{t('reference.title')}</PageHeading>
      {regions.isPending || institutions.isPending ? <Loading /> : null}
      {regions.isError ? <ErrorAlert error={regions.error} /> : null}
      {institutions.isError ? <ErrorAlert error={institutions.error} /> : null}
      <h2>{t('reference.regions')}</h2>
      {regions.data ? (
        <table className="ro-table" data-testid="region-table">
          <thead>
            <tr>
              <th scope="col">{t('reference.fields.nameEn')}</th>
              <th scope="col">{t('reference.fields.nameFr')}</th>
              <th scope="col">{t('reference.fields.code')}</th>
              <th scope="col">{t('reference.fields.status')}</th>
              <th scope="col">
                <span className="ro-visually-hidden">{t('reference.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {regions.data.map((r) => (
              <tr key={r.id} data-testid="region-row" data-code={r.code}>
                <td lang="en">{r.nameEn}</td>
                <td lang="fr">{r.nameFr}</td>
                <td>{r.code}</td>
                <td>
                  <ActiveBadge active={r.active} />
                </td>
                <td>{editButton('region', r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {!editing ? (
        <Button variant="primary" onClick={() => setEditing({ kind: 'region' })} data-testid="add-region">
          {t('reference.addRegion')}
        </Button>
      ) : null}
      {editing?.kind === 'region' ? form : null}
      <h2>{t('reference.institutions')}</h2>
      {institutions.data ? (
        <table className="ro-table" data-testid="institution-table">
          <thead>
            <tr>
              <th scope="col">{t('reference.fields.nameEn')}</th>
              <th scope="col">{t('reference.fields.nameFr')}</th>
              <th scope="col">{t('reference.fields.code')}</th>
              <th scope="col">{t('reference.fields.region')}</th>
              <th scope="col">{t('reference.fields.status')}</th>
              <th scope="col">
                <span className="ro-visually-hidden">{t('reference.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {institutions.data.map((i) => (
              <tr key={i.id} data-testid="institution-row" data-code={i.code}>
                <td lang="en">{i.nameEn}</td>
                <td lang="fr">{i.nameFr}</td>
                <td>{i.code}</td>
                <td>
                  <RegionName id={i.regionId} />
                </td>
                <td>
                  <ActiveBadge active={i.active} />
                </td>
                <td>{editButton('institution', i)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {!editing ? (
        <Button variant="primary" onClick={() => setEditing({ kind: 'institution' })} data-testid="add-institution">
          {t('reference.addInstitution')}
        </Button>
      ) : null}
      {editing?.kind === 'institution' ? form : null}
    </>
  );
}
