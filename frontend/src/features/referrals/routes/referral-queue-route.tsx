import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { Button, ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { ListSearch } from '../../../components/list-search';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useReferrals } from '../api/list-referrals';
import { referralSources, referralStates, type ReferralSource, type ReferralState } from '../api/types';
import { useReferralLabels } from '../components/referral-labels';
import { ReferralQueueTable } from '../components/referral-queue-table';

export const queuePageSize = 20;

const asState = (v: string | null): ReferralState | undefined => referralStates.find((s) => s === v);
const asSource = (v: string | null): ReferralSource | undefined => referralSources.find((s) => s === v);

export function ReferralQueueRoute() {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = asState(searchParams.get('state'));
  const source = asSource(searchParams.get('source'));
  const minAgeRaw = Number(searchParams.get('minAgeDays') ?? '');
  const minAgeDays = Number.isInteger(minAgeRaw) && minAgeRaw > 0 ? Math.min(minAgeRaw, 3650) : undefined;
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const q = searchParams.get('q') ?? '';
  const [ageDraft, setAgeDraft] = useState(minAgeDays ? String(minAgeDays) : '');

  const query = useReferrals({ state, source, minAgeDays, q, page, size: queuePageSize });

  const update = (changes: Partial<Record<'state' | 'source' | 'minAgeDays' | 'q', string>> & { page?: number }) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (key === 'page') continue;
      if (value) next.set(key, String(value));
      else next.delete(key);
    }
    if (changes.page) next.set('page', String(changes.page));
    else next.delete('page');
    setSearchParams(next);
  };

  const applyAge = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(ageDraft);
    update({ minAgeDays: Number.isInteger(n) && n > 0 ? String(Math.min(n, 3650)) : '', page: 0 });
  };

  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / queuePageSize)) : 1;
  const counts = data?.countsByState ?? {};
  const allCount = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <>
      <PageHeading title={t('referrals.queue.title')}>{t('referrals.queue.title')}</PageHeading>
      <div className="ro-actions ro-actions--top">
        <Authorization policy="referrals:record-call">
          <ButtonLink to="/referrals/new-call" variant="primary" data-testid="queue-record-call">
            {t('referrals.call.title')}
          </ButtonLink>
        </Authorization>
        <ButtonLink to="/referrals/matches" variant="secondary" data-testid="queue-matches">
          {t('referrals.matches.title')}
        </ButtonLink>
      </div>

      <nav aria-label={t('referrals.queue.byState')} className="ro-tabs" data-testid="state-tabs">
        <button type="button" className={`ro-tab${state ? '' : ' ro-tab--current'}`} aria-current={state ? undefined : 'true'} onClick={() => update({ state: '', page: 0 })} data-testid="state-tab-ALL">
          {t('referrals.queue.allStates')} <span className="ro-count">{data ? allCount : '…'}</span>
        </button>
        {referralStates.map((s) => (
          <button
            key={s}
            type="button"
            className={`ro-tab${state === s ? ' ro-tab--current' : ''}`}
            aria-current={state === s ? 'true' : undefined}
            onClick={() => update({ state: s, page: 0 })}
            data-testid={`state-tab-${s}`}
          >
            {labels.state(s)} <span className="ro-count">{data ? (counts[s] ?? 0) : '…'}</span>
          </button>
        ))}
      </nav>

      <ListSearch
        value={q}
        onSearch={(text) => update({ q: text, page: 0 })}
        text={{ label: t('peopleFacts.search.label'), hint: t('peopleFacts.search.hint'), button: t('peopleFacts.search.button'), clear: t('peopleFacts.search.clear') }}
        idPrefix="referral-search"
      />

      <form className="ro-search" onSubmit={applyAge} aria-label={t('referrals.queue.filters')}>
        <div className="ro-field">
          <label htmlFor="queue-source" className="ro-label">
            {t('referrals.fields.source')}
          </label>
          <select id="queue-source" className="ro-select" value={source ?? ''} onChange={(e) => update({ source: e.target.value, page: 0 })}>
            <option value="">{t('referrals.queue.allSources')}</option>
            {referralSources.map((s) => (
              <option key={s} value={s}>
                {labels.source(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="ro-field">
          <label htmlFor="queue-min-age" className="ro-label">
            {t('referrals.queue.minAge')}
          </label>
          <div className="ro-search__row">
            <input id="queue-min-age" type="number" min={0} max={3650} inputMode="numeric" className="ro-input ro-input--short" value={ageDraft} onChange={(e) => setAgeDraft(e.target.value)} />
            <Button type="submit" variant="secondary" data-testid="apply-min-age">
              {t('referrals.queue.apply')}
            </Button>
          </div>
        </div>
      </form>

      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isPending ? <Loading /> : null}
      {data ? (
        <>
          <p data-testid="queue-total" aria-live="polite">
            {t('referrals.queue.total', { count: data.total })} {t('referrals.queue.oldestFirst')}
          </p>
          {data.items.length ? <ReferralQueueTable items={data.items} /> : <p>{t('referrals.queue.empty')}</p>}
          <Pagination page={page} pages={pages} exact={data?.totalIsExact ?? true} onChange={(p) => update({ page: p })} />
        </>
      ) : null}
    </>
  );
}
