import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { RegionName } from '../../../components/reference-select';
import { isApiError } from '../../../lib/api/problem';
import { useAddMediator } from '../api/add-mediator';
import { useMediators } from '../api/list-mediators';
import type { MediatorView } from '../api/types';
import { useUpdateMediator } from '../api/update-mediator';
import { MediatorForm, mediatorValuesFrom } from '../components/mediator-form';
import { etagOf } from '../../../lib/api/etag';
import { DataTable } from '../../../components/data-table';

type Editing = { mode: 'add' } | { mode: 'edit'; mediator: MediatorView } | null;

/** The mediator roster (administrators): list, add, and change an entry (active, languages, region). */
export function MediatorRosterRoute() {
  const { t } = useTranslation();
  const query = useMediators();
  const add = useAddMediator();
  const update = useUpdateMediator();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => {
    setEditing(null);
    add.reset();
    update.reset();
  };
  const stale = isApiError(update.error) && update.error.status === 412;
  const languages = (l: MediatorView['languages']) => l.map((language) => t(`mediators.spoken.${language}`)).join(', ');

  return (
    <>
      <PageHeading title={t('mediators.title')}>{t('mediators.title')}</PageHeading>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.length ? <p>{t('mediators.none')}</p> : null}
      {query.data?.length ? (
        <DataTable data-testid="mediator-roster">
          <thead>
            <tr>
              <th scope="col">{t('mediators.fields.displayName')}</th>
              <th scope="col">{t('mediators.fields.username')}</th>
              <th scope="col">{t('mediators.fields.languages')}</th>
              <th scope="col">{t('mediators.fields.region')}</th>
              <th scope="col">{t('mediators.fields.status')}</th>
              <th scope="col">
                <span className="ro-visually-hidden">{t('mediators.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((m) => (
              <tr key={m.username} data-testid="mediator-row" data-username={m.username}>
                <td>{m.displayName}</td>
                <td>{m.username}</td>
                <td>{languages(m.languages)}</td>
                <td>
                  <RegionName id={m.regionId} text={m.region} />
                </td>
                <td>
                  <span className={`ro-badge ${m.active ? 'ro-badge--accepted' : 'ro-badge--withdrawn'}`} data-testid="mediator-active">
                    {m.active ? t('mediators.active') : t('mediators.inactive')}
                  </span>
                </td>
                <td>
                  <Button variant="secondary" size="small" disabled={editing !== null} onClick={() => setEditing({ mode: 'edit', mediator: m })} data-testid={`edit-mediator-${m.username}`}>
                    {t('mediators.edit')}
                    <span className="ro-visually-hidden"> {m.displayName}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {!editing ? (
        <Button variant="primary" onClick={() => setEditing({ mode: 'add' })} data-testid="add-mediator">
          {t('mediators.add')}
        </Button>
      ) : null}
      {editing?.mode === 'add' ? (
        <MediatorForm title={t('mediators.add')} initial={mediatorValuesFrom(undefined)} submitting={add.isPending} error={add.error} onCancel={close} onSubmit={(body) => add.mutate(body, { onSuccess: close })} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <>
          {stale ? (
            <div role="alert" data-testid="stale-alert">
              <GcdsAlert alertRole="warning" heading={t('participants.staleTitle')} hideCloseBtn container="full">
                <p>{t('mediators.staleBody')}</p>
              </GcdsAlert>
            </div>
          ) : null}
          <MediatorForm
            key={`${editing.mediator.username}:${editing.mediator.version}`}
            title={t('mediators.editTitle', { name: editing.mediator.displayName })}
            initial={mediatorValuesFrom(editing.mediator)}
            editing
            submitting={update.isPending}
            error={stale ? null : update.error}
            onCancel={close}
            onSubmit={(body) => update.mutate({ username: editing.mediator.username, etag: etagOf(editing.mediator), body }, { onSuccess: close })}
          />
        </>
      ) : null}
    </>
  );
}
