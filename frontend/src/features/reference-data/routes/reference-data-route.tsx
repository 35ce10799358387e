import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { etagOf } from '../../../lib/api/etag';
import { isApiError } from '../../../lib/api/problem';
import { useInstitutions, useRegions } from '../../../lib/api/reference-data';
import { useAddInstitution } from '../api/add-institution';
import { useAddRegion } from '../api/add-region';
import type { InstitutionView, RegionView } from '../api/types';
import { useUpdateInstitution } from '../api/update-institution';
import { useUpdateRegion } from '../api/update-region';
import { ReferenceForm, referenceValuesFrom, type ReferenceValues } from '../components/reference-form';
import { ReferenceTable } from '../components/reference-table';

type Kind = 'region' | 'institution';
type Editing = { kind: Kind; row?: RegionView | InstitutionView } | null;

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
      {regions.data ? <ReferenceTable kind="region" rows={regions.data} editDisabled={editing !== null} onEdit={(row) => setEditing({ kind: 'region', row })} /> : null}
      {!editing ? (
        <Button variant="primary" onClick={() => setEditing({ kind: 'region' })} data-testid="add-region">
          {t('reference.addRegion')}
        </Button>
      ) : null}
      {editing?.kind === 'region' ? form : null}
      <h2>{t('reference.institutions')}</h2>
      {institutions.data ? (
        <ReferenceTable kind="institution" rows={institutions.data} editDisabled={editing !== null} onEdit={(row) => setEditing({ kind: 'institution', row })} />
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
