import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { checkpointPageSize, useAuditCheckpoints } from '../api/list-audit-checkpoints';
import type { AuditCheckpoint, AuditVerification } from '../api/types';
import { useVerifyAuditTrail } from '../api/verify-audit-trail';
import { DataTable } from '../../../components/data-table';

type SignatureStatus = 'BAD_SIGNATURE' | 'MISMATCH' | 'VERIFIED' | 'NOT_VERIFIED';

/** What the last check said of a checkpoint: its signature refused, the chain not matching it, verified, or not checked yet. */
function statusOf(checkpoint: AuditCheckpoint, result: AuditVerification | undefined): SignatureStatus {
  const findings = (result?.findings ?? []).filter((f) => f.checkpoint != null && f.checkpoint === checkpoint.number);
  if (findings.some((f) => f.kind === 'BAD_SIGNATURE')) return 'BAD_SIGNATURE';
  if (findings.length) return 'MISMATCH';
  const last = result?.lastCheckpoint;
  if (result && last != null && checkpoint.number != null && checkpoint.number <= last) return 'VERIFIED';
  return 'NOT_VERIFIED';
}

function VerificationResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  const counts = (
    <dl className="ro-dl" data-testid="verification-counts">
      {(
        [
          ['checked', result.checked],
          ['sealed', result.sealed],
          ['unsealed', result.unsealed],
          ['checkpointsChecked', result.checkpointsChecked],
          ['lastCheckpoint', result.lastCheckpoint ?? t('audit.verification.none')],
          ['fromCheckpoint', result.fromCheckpoint ?? t('audit.verification.fromStart')],
        ] as const
      ).map(([key, value]) => (
        <div className="ro-dl__row" key={key}>
          <dt>{t(`audit.verification.${key}`)}</dt>
          <dd data-testid={`verification-${key}`}>{value ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
  if (result.intact) {
    return (
      <div data-testid="verification-intact">
        <GcdsAlert alertRole="success" heading={t('audit.verification.intactTitle')} hideCloseBtn container="full">
          <p>{t('audit.verification.intact', { count: result.checked ?? 0 })}</p>
        </GcdsAlert>
        {counts}
      </div>
    );
  }
  return (
    <div data-testid="verification-broken">
      <GcdsAlert alertRole="danger" heading={t('audit.verification.brokenTitle')} hideCloseBtn container="full">
        <p>
          {result.firstBrokenSeq != null
            ? t('audit.verification.brokenAt', { seq: result.firstBrokenSeq })
            : t('audit.verification.brokenCheckpoints')}
        </p>
      </GcdsAlert>
      {counts}
      <h3>{t('audit.verification.findings')}</h3>
      <ul data-testid="verification-findings">
        {(result.findings ?? []).map((f, i) => (
          <li key={`${f.kind}-${f.seq}-${f.checkpoint}-${i}`} data-testid="verification-finding">
            <strong>{f.kind ? t(`audit.findings.${f.kind}`) : ''}</strong>
            {f.seq != null ? ` — ${t('audit.verification.entry', { seq: f.seq })}` : ''}
            {f.checkpoint != null ? ` — ${t('audit.verification.checkpoint', { number: f.checkpoint })}` : ''}
            {f.detail ? <span className="ro-small"> ({f.detail})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The chain's verification (auditor): run it, read the result, and the signed checkpoints with their status. */
export function ChainVerificationRoute() {
  const { t, i18n } = useTranslation();
  const verify = useVerifyAuditTrail();
  const [page, setPage] = useState(0);
  const checkpoints = useAuditCheckpoints(page);
  const data = checkpoints.data;
  const pages = data?.total ? Math.ceil(data.total / checkpointPageSize) : 1;
  return (
    <>
      <PageHeading title={t('audit.verification.title')}>{t('audit.verification.title')}</PageHeading>
      <p>{t('audit.verification.intro')}</p>
      <p className="ro-actions">
        <Button variant="primary" disabled={verify.isPending} onClick={() => verify.mutate()} data-testid="run-verification">
          {verify.isPending ? t('audit.verification.running') : t('audit.verification.run')}
        </Button>
      </p>
      <section aria-labelledby="verification-result" aria-live="polite">
        <h2 id="verification-result">{t('audit.verification.result')}</h2>
        {verify.isError ? <ErrorAlert error={verify.error} /> : null}
        {verify.data ? <VerificationResult result={verify.data} /> : <p data-testid="verification-not-run">{t('audit.verification.notRun')}</p>}
      </section>
      <section aria-labelledby="checkpoints">
        <h2 id="checkpoints">{t('audit.checkpoints.title')}</h2>
        {checkpoints.isError ? <ErrorAlert error={checkpoints.error} /> : null}
        {checkpoints.isPending && !checkpoints.isError ? <Loading /> : null}
        {data ? (
          <>
            <p data-testid="checkpoint-key">{data.keyId ? t('audit.checkpoints.key', { algorithm: data.algorithm ?? '', keyId: data.keyId }) : t('audit.checkpoints.noKey')}</p>
            {data.items?.length ? (
              <DataTable data-testid="checkpoints">
                <caption className="ro-visually-hidden">{t('audit.checkpoints.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.checkpoints.number')}</th>
                    <th scope="col">{t('audit.checkpoints.lastSeq')}</th>
                    <th scope="col">{t('audit.checkpoints.at')}</th>
                    <th scope="col">{t('audit.checkpoints.sealed')}</th>
                    <th scope="col">{t('audit.checkpoints.signature')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <tr key={c.number} data-testid="checkpoint">
                      <td>{c.number}</td>
                      <td>{c.lastSeq}</td>
                      <td>{c.at ? <time dateTime={c.at}>{formatDate(c.at, i18n.language)}</time> : null}</td>
                      <td>{c.sealed}</td>
                      <td data-testid="checkpoint-status">{t(`audit.checkpoints.status.${statusOf(c, verify.data)}`, { keyId: c.keyId ?? '' })}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p data-testid="no-checkpoints">{t('audit.checkpoints.none')}</p>
            )}
            <Pagination page={page} pages={pages} onChange={setPage} />
          </>
        ) : null}
      </section>
    </>
  );
}
