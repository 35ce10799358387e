import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField } from '../../../components/form-fields';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useCorrections } from '../api/list-corrections';
import { useResolveCorrection } from '../api/resolve-correction';
import { correctionStates, type CorrectionState, type CorrectionView } from '../api/types';
import { useFieldLabel } from '../../../components/correction-labels';
import { ResolveForm } from '../components/resolve-form';
import { staffName } from '../../../components/staff-name';

export const correctionsPageSize = 20;

const asState = (v: string | null): CorrectionState | undefined => correctionStates.find((s) => s === v);

/** Coordinators: the correction requests, open ones first, oldest first; filtered by state or person; resolved here. */
export function CorrectionsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = asState(searchParams.get('state'));
  const participantId = searchParams.get('participantId') ?? undefined;
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const query = useCorrections({ state, participantId, page, size: correctionsPageSize });

  const setState = (value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set('state', value);
    else next.delete('state');
    next.delete('page');
    setSearchParams(next);
  };
  const setPage = (value: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(value));
    setSearchParams(next);
  };

  return (
    <>
      <PageHeading title={t('corrections.title')}>{t('corrections.title')}</PageHeading>
      <p>{t('corrections.intro')}</p>
      <div className="ro-filters">
        <SelectField
          name="state"
          label={t('corrections.filters.state')}
          value={state ?? ''}
          onChange={setState}
          options={correctionStates.map((s) => ({ value: s, label: t(`corrections.state.${s}`) }))}
          placeholder={t('corrections.filters.allStates')}
        />
      </div>
      {participantId ? (
        <p data-testid="participant-filter">
          {t('corrections.filters.onePerson')} <Link to="/corrections">{t('corrections.filters.everyone')}</Link>
        </p>
      ) : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          <p aria-live="polite" data-testid="corrections-total">
            {t('corrections.total', { count: query.data.total })}
          </p>
          {query.data.items.length === 0 ? (
            <p data-testid="no-corrections">{t('corrections.none')}</p>
          ) : (
            <ul className="ro-corrections" data-testid="corrections-list">
              {query.data.items.map((c) => (
                <CorrectionItem key={c.id} correction={c} />
              ))}
            </ul>
          )}
          <Pagination page={page} pages={Math.ceil(query.data.total / correctionsPageSize)} exact={query.data.totalIsExact} onChange={setPage} />
        </>
      ) : null}
    </>
  );
}

function CorrectionItem({ correction }: { correction: CorrectionView }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const [resolving, setResolving] = useState(false);
  const resolve = useResolveCorrection();
  const c = correction;
  return (
    <li className="ro-panel" data-testid="correction-row" data-state={c.state}>
      <h2 className="ro-correction__title">
        {t(`corrections.recordType.${c.recordType}`)} · {fieldLabel(c.recordType, c.field)}
      </h2>
      <dl className="ro-details">
        <dt>{t('corrections.fields.state')}</dt>
        <dd data-testid="correction-state">{t(`corrections.state.${c.state}`)}</dd>
        <dt>{t('corrections.fields.requested')}</dt>
        <dd>{t('corrections.byOn', { who: staffName(c.requestedByName, c.requestedBy), when: formatDate(c.requestedAt, i18n.language) })}</dd>
        <dt>{t('corrections.fields.whatIsWrong')}</dt>
        <dd>{c.whatIsWrong}</dd>
        <dt>{t('corrections.fields.whatIsAsked')}</dt>
        <dd>{c.whatIsAsked}</dd>
        {c.resolvedAt ? (
          <>
            <dt>{t('corrections.fields.resolved')}</dt>
            <dd>{t('corrections.byOn', { who: staffName(c.resolvedByName, c.resolvedBy), when: formatDate(c.resolvedAt, i18n.language) })}</dd>
            <dt>{t('corrections.fields.note')}</dt>
            <dd>{c.resolutionNote}</dd>
          </>
        ) : null}
      </dl>
      {c.recordType === 'PARTICIPANT' ? (
        <p>
          <Link to={`/participants/${c.recordId}`}>{t('corrections.openRecord')}</Link>
        </p>
      ) : null}
      {c.state === 'OPEN' && !resolving ? (
        <Button variant="secondary" onClick={() => setResolving(true)} data-testid={`resolve-${c.id}`}>
          {t('corrections.resolve')}
        </Button>
      ) : null}
      {resolving ? (
        <ResolveForm
          onSubmit={(body) => resolve.mutate({ correction: c, body }, { onSuccess: () => setResolving(false) })}
          onCancel={() => setResolving(false)}
          submitting={resolve.isPending}
          error={resolve.error}
        />
      ) : null}
    </li>
  );
}
