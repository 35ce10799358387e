import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { etagOf } from '../../../lib/api/etag';
import { useApproveDisposal } from '../api/approve-disposal';
import { usePlaceHold, useReleaseHold } from '../api/legal-holds';
import { DUE_PAGE_SIZE, useDue } from '../api/list-due';
import { recordKey, type Disposal, type DueRecord } from '../api/types';
import { HoldForm } from '../components/hold-form';
import { DataTable } from '../../../components/data-table';

/** Where a record of the due list is read: the case or the referral (a disposed one still reads, naming nobody). */
function recordPath(record: DueRecord): string {
  return record.recordType === 'CASE' ? `/cases/${record.recordId}` : `/referrals/${record.recordId}`;
}

/**
 * Disposal (coordinators): what the retention schedule says is due, with its legal holds; select and approve
 * (after a confirmation), place a hold with a reason or release one.
 */
export function DisposalRoute() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const query = useDue(page);
  const approve = useApproveDisposal();
  const placeHold = usePlaceHold();
  const releaseHold = useReleaseHold();
  const [selected, setSelected] = useState<Record<string, DueRecord>>({});
  const [holding, setHolding] = useState<DueRecord | null>(null);
  const [done, setDone] = useState<Disposal | null>(null);
  const chosen = Object.values(selected);
  const label = (r: DueRecord) => t(`disposal.type.${r.recordType}`) + ' ' + r.recordId.slice(0, 8);

  const toggle = (r: DueRecord, on: boolean) =>
    setSelected((current) => {
      const next = { ...current };
      if (on) next[recordKey(r)] = r;
      else delete next[recordKey(r)];
      return next;
    });

  const dispose = () => {
    setDone(null);
    approve.mutate(
      chosen.map((r) => ({ recordType: r.recordType, recordId: r.recordId })),
      {
        onSuccess: (result) => {
          setDone(result);
          setSelected({});
        },
      },
    );
  };

  return (
    <>
      <PageHeading title={t('disposal.title')}>{t('disposal.title')}</PageHeading>
      <p>{t('disposal.intro')}</p>
      {done ? (
        <div role="status" data-testid="disposal-done">
          <GcdsAlert alertRole="success" heading={t('disposal.doneTitle')} hideCloseBtn container="full">
            <p>{t('disposal.doneBody', { count: done.disposed.length })}</p>
          </GcdsAlert>
        </div>
      ) : null}
      {approve.error ? <ErrorAlert error={approve.error} /> : null}
      {releaseHold.error ? <ErrorAlert error={releaseHold.error} /> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.items.length ? <p data-testid="nothing-due">{t('disposal.none')}</p> : null}
      {query.data?.items.length ? (
        <>
          <p data-testid="due-total">{t('disposal.total', { count: query.data.total })}</p>
          <DataTable data-testid="due-list">
            <caption className="ro-visually-hidden">{t('disposal.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('disposal.select')}</th>
                <th scope="col">{t('disposal.record')}</th>
                <th scope="col">{t('disposal.reason')}</th>
                <th scope="col">{t('disposal.dueSince')}</th>
                <th scope="col">{t('disposal.hold.title')}</th>
                <th scope="col">
                  <span className="ro-visually-hidden">{t('disposal.hold.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((r) => (
                <tr key={recordKey(r)} data-testid="due-row" data-record-id={r.recordId}>
                  <td>
                    <input
                      type="checkbox"
                      id={`select-${recordKey(r)}`}
                      className="ro-checkbox"
                      checked={recordKey(r) in selected}
                      disabled={r.hold != null}
                      onChange={(e) => toggle(r, e.target.checked)}
                      aria-label={t('disposal.selectRecord', { record: label(r) })}
                      data-testid="select-record"
                    />
                  </td>
                  <td>
                    <Link to={recordPath(r)}>{label(r)}</Link>
                  </td>
                  <td>{t(`disposal.reasons.${r.reason}`)}</td>
                  <td>{formatDate(r.dueSince, i18n.language, false)}</td>
                  <td data-testid="hold-cell">
                    {r.hold ? (
                      <>
                        <span className="ro-badge ro-badge--withdrawn">{t('disposal.hold.held')}</span> {r.hold.reason}
                        <br />
                        <small>{t('disposal.hold.placed', { by: r.hold.placedBy, at: formatDate(r.hold.placedAt, i18n.language, false) })}</small>
                      </>
                    ) : (
                      t('disposal.hold.none')
                    )}
                  </td>
                  <td>
                    {r.hold ? (
                      <ConfirmButton
                        label={t('disposal.hold.release')}
                        question={t('disposal.hold.releaseQuestion', { record: label(r) })}
                        confirmLabel={t('disposal.hold.release')}
                        disabled={releaseHold.isPending}
                        testId={`release-hold-${r.recordId}`}
                        onConfirm={() => releaseHold.mutate({ recordType: r.recordType, recordId: r.recordId, etag: etagOf(r.hold!) })}
                      />
                    ) : (
                      <Button variant="secondary" size="small" disabled={holding !== null} onClick={() => setHolding(r)} data-testid={`place-hold-${r.recordId}`}>
                        {t('disposal.hold.place')}
                        <span className="ro-visually-hidden"> {label(r)}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Pagination page={page} pages={Math.ceil(query.data.total / DUE_PAGE_SIZE)} onChange={setPage} exact={query.data.totalIsExact} />
          <ConfirmButton
            label={t('disposal.approve', { count: chosen.length })}
            question={t('disposal.approveQuestion', { count: chosen.length })}
            confirmLabel={t('disposal.approveConfirm')}
            disabled={!chosen.length || approve.isPending}
            variant="danger"
            testId="approve-disposal"
            onConfirm={dispose}
          />
        </>
      ) : null}
      {holding ? (
        <HoldForm
          record={label(holding)}
          submitting={placeHold.isPending}
          error={placeHold.error}
          onCancel={() => {
            setHolding(null);
            placeHold.reset();
          }}
          onSubmit={(reason) =>
            placeHold.mutate(
              { recordType: holding.recordType, recordId: holding.recordId, reason },
              {
                onSuccess: () => {
                  toggle(holding, false);
                  setHolding(null);
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
