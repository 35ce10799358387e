import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { Button, ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useParticipants } from '../api/list-participants';
import { participantKinds, type ParticipantKind } from '../api/types';
import { ParticipantTable } from '../components/participant-table';

export const pageSize = 20;

function asKind(value: string | null): ParticipantKind | undefined {
  return participantKinds.find((k) => k === value);
}

export function ParticipantsListRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const kind = asKind(searchParams.get('kind'));
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const [draft, setDraft] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    // The address changed (back button, a link): the box shows its search.
    setShownQ(q);
    setDraft(q);
  }

  const query = useParticipants({ q, kind, page, size: pageSize });

  const update = (changes: { q?: string; kind?: string; page?: number }) => {
    const next = new URLSearchParams(searchParams);
    const apply = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
    if (changes.q !== undefined) apply('q', changes.q.trim());
    if (changes.kind !== undefined) apply('kind', changes.kind);
    apply('page', changes.page ? String(changes.page) : undefined);
    setSearchParams(next);
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft, page: 0 });
  };

  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;

  return (
    <>
      <PageHeading title={t('participants.listTitle')}>{t('participants.listTitle')}</PageHeading>
      <Authorization policy="participants:create">
        <p>
          <ButtonLink to="/participants/new" variant="primary" data-testid="new-participant">
            {t('participants.newButton')}
          </ButtonLink>
        </p>
      </Authorization>
      <form role="search" onSubmit={search} className="ro-search">
        <div className="ro-field">
          <label htmlFor="participant-search" className="ro-label">
            {t('participants.searchLabel')}
          </label>
          <div className="ro-search__row">
            <input
              id="participant-search"
              type="search"
              className="ro-input"
              value={draft}
              maxLength={100}
              onChange={(e) => setDraft(e.target.value)}
              data-testid="participant-search"
            />
            <Button type="submit" variant="primary" data-testid="participant-search-submit">
              {t('participants.searchButton')}
            </Button>
          </div>
        </div>
        <div className="ro-field">
          <label htmlFor="participant-kind" className="ro-label">
            {t('participants.kindFilter')}
          </label>
          <select id="participant-kind" className="ro-select" value={kind ?? ''} onChange={(e) => update({ kind: e.target.value, page: 0 })}>
            <option value="">{t('participants.allKinds')}</option>
            {participantKinds.map((k) => (
              <option key={k} value={k}>
                {t(`participants.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isPending ? <Loading /> : null}
      {data ? (
        <>
          <p data-testid="participants-total" aria-live="polite">
            {t('participants.total', { count: data.total })}
          </p>
          {data.items.length ? <ParticipantTable items={data.items} /> : <p>{t('participants.noResults')}</p>}
          <Pagination page={page} pages={pages} exact={data?.totalIsExact ?? true} onChange={(p) => update({ page: p })} />
        </>
      ) : null}
    </>
  );
}
