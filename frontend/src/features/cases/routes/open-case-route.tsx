import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useAcceptedReferrals } from '../api/list-accepted-referrals';
import { useOpenCase } from '../api/open-case';
import type { ReferralSummary } from '../api/types';
import { MediatorPicker } from '../components/mediator-picker';

function groupByOffender(items: readonly ReferralSummary[]): [string, ReferralSummary[]][] {
  const groups = new Map<string, ReferralSummary[]>();
  for (const r of items) {
    const key = r.offenderNumber ?? '';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()];
}

/** Open a case: accepted referrals about one offender (both sides), and one or two mediators from the roster. */
export function OpenCaseRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const preselected = searchParams.get('referral');
  const referrals = useAcceptedReferrals();
  const open = useOpenCase();
  const [picked, setPicked] = useState<string[] | null>(null);
  const [mediators, setMediators] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);

  // Until the coordinator ticks anything, the group of the referral they came from is proposed.
  const groups = groupByOffender(referrals.data ?? []);
  const proposed = preselected ? (groups.find(([, rs]) => rs.some((r) => r.id === preselected))?.[1].map((r) => r.id) ?? []) : [];
  const selected = picked ?? proposed;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: { field: string; message: string }[] = [];
    if (!selected.length) found.push({ field: 'referrals', message: t('cases.open.chooseReferrals') });
    if (mediators.length < 1 || mediators.length > 2) found.push({ field: 'mediators', message: t('cases.mediators.oneOrTwo') });
    setErrors(found);
    if (found.length) return;
    open.mutate({ referralIds: selected, mediators }, { onSuccess: (view) => navigate(`/cases/${view.id}`, { state: { notice: 'opened' } }) });
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <>
      <PageHeading title={t('cases.open.title')}>{t('cases.open.title')}</PageHeading>
      <p>{t('cases.open.intro')}</p>
      <ErrorSummary errors={errors} />
      {open.error ? <ErrorAlert error={open.error} /> : null}
      {referrals.isPending ? <Loading /> : null}
      {referrals.isError ? <ErrorAlert error={referrals.error} /> : null}
      <form noValidate onSubmit={submit} className="ro-form" data-testid="open-case-form">
        <fieldset id="field-referrals" className={`ro-field${errorOf('referrals') ? ' ro-field--error' : ''}`} data-testid="accepted-referrals">
          <legend className="ro-label">
            {t('cases.open.referrals')}
            <span className="ro-required" aria-hidden="true"> *</span>
          </legend>
          <p className="ro-hint">{t('cases.open.referralsHint')}</p>
          {errorOf('referrals') ? (
            <p className="ro-error-message" data-testid="field-referrals-error">
              {errorOf('referrals')}
            </p>
          ) : null}
          {referrals.data && !referrals.data.length ? <p data-testid="no-accepted-referrals">{t('cases.open.noneAccepted')}</p> : null}
          {groups.map(([offenderNumber, rs]) => (
            <div key={offenderNumber} className="ro-panel" data-testid="offender-group" data-offender-number={offenderNumber}>
              <h2 className="ro-h3">{t('cases.open.offenderGroup', { number: offenderNumber || t('cases.open.noNumber') })}</h2>
              {rs.map((r) => {
                const id = `referral-${r.id}`;
                const who = r.source === 'HARMED_PERSON' ? (r.harmedPersonName ?? '') : (r.offenderName ?? r.offenderNumber ?? '');
                return (
                  <div key={r.id} className="ro-checkbox">
                    <input
                      id={id}
                      type="checkbox"
                      checked={selected.includes(r.id)}
                      onChange={(e) => setPicked(e.target.checked ? [...selected, r.id] : selected.filter((x) => x !== r.id))}
                      data-testid={id}
                    />
                    <label htmlFor={id}>
                      {t(r.source === 'HARMED_PERSON' ? 'cases.open.harmedSide' : 'cases.open.offenderSide', { name: who })}{' '}
                      <Link to={`/referrals/${r.id}`} className="ro-small">
                        {t('cases.open.seeReferral')}
                      </Link>
                    </label>
                  </div>
                );
              })}
            </div>
          ))}
        </fieldset>
        <MediatorPicker value={mediators} onChange={setMediators} error={errorOf('mediators')} />
        <div className="ro-actions">
          <Button type="submit" variant="primary" disabled={open.isPending} data-testid="confirm-open-case">
            {t('cases.open.submit')}
          </Button>
          <ButtonLink to="/cases" variant="secondary">
            {t('common.cancel')}
          </ButtonLink>
        </div>
      </form>
    </>
  );
}
