import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { RadioGroupField } from '../../../components/form-fields';
import { useChooseCaseWays } from '../api/choose-case-ways';
import { useRecordConsent } from '../api/record-consent';
import { consentForms, ways as allWays, type CaseView, type ConsentForm, type Way } from '../api/types';
import { useCaseLabels } from './case-labels';
import { DataTable } from '../../../components/data-table';

/** The ways of communicating chosen for the case, and each participant's consent to each chosen way. */
export function WaysSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const choose = useChooseCaseWays();
  const consent = useRecordConsent();
  const [chosen, setChosen] = useState<Way[]>(view.ways);
  const [saved, setSaved] = useState(false);
  const [how, setHow] = useState<ConsentForm | ''>('');
  const changed = chosen.length !== view.ways.length || chosen.some((w) => !view.ways.includes(w));

  const toggle = (way: Way, on: boolean) => {
    setSaved(false);
    setChosen((current) => (on ? allWays.filter((w) => w === way || current.includes(w)) : current.filter((w) => w !== way)));
  };

  return (
    <section aria-labelledby="ways-heading" className="ro-block" data-testid="ways-section">
      <h2 id="ways-heading">{t('cases.ways.title')}</h2>
      {choose.error ? <ErrorAlert error={choose.error} /> : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          choose.mutate({ id: view.id, ways: chosen }, { onSuccess: () => setSaved(true) });
        }}
      >
        <fieldset className="ro-field">
          <legend className="ro-label">{t('cases.ways.legend')}</legend>
          <p className="ro-hint">{t('cases.ways.hint')}</p>
          {allWays.map((w) => (
            <div key={w} className="ro-checkbox">
              <input id={`way-${w}`} type="checkbox" checked={chosen.includes(w)} onChange={(e) => toggle(w, e.target.checked)} data-testid={`way-${w}`} />
              <label htmlFor={`way-${w}`}>{labels.way(w)}</label>
            </div>
          ))}
        </fieldset>
        <div className="ro-actions">
          <Button type="submit" variant="primary" disabled={choose.isPending || !changed} data-testid="save-ways">
            {t('cases.ways.save')}
          </Button>
          {saved && !changed ? (
            <span role="status" data-testid="ways-saved">
              {t('cases.ways.saved')}
            </span>
          ) : null}
        </div>
      </form>

      <h3>{t('cases.consent.title')}</h3>
      {consent.error ? <ErrorAlert error={consent.error} /> : null}
      {!view.ways.length ? (
        <p data-testid="consent-no-ways">{t('cases.consent.noWays')}</p>
      ) : (
        <>
        <RadioGroupField
          name="consent-how"
          inline
          required
          legend={t('cases.consent.how')}
          hint={t('cases.consent.howHint')}
          value={how}
          onChange={(v) => setHow(v as ConsentForm)}
          options={consentForms.map((f) => ({ value: f, label: t(`cases.consent.forms.${f}`) }))}
        />
        <DataTable data-testid="consent-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.participants.name')}</th>
              {view.ways.map((w) => (
                <th key={w} scope="col">
                  {labels.way(w)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.participants.map((p) => (
              <tr key={p.participantId}>
                <th scope="row">{labels.name(p)}</th>
                {view.ways.map((w) => {
                  const given = p.consents[w];
                  const id = `consent-${p.participantId}-${w}`;
                  return (
                    <td key={w}>
                      <div className="ro-checkbox">
                        <input
                          id={id}
                          type="checkbox"
                          checked={given === true}
                          disabled={consent.isPending || !how}
                          onChange={(e) => {
                            if (!how) return;
                            consent.reset();
                            consent.mutate({ id: view.id, participantId: p.participantId, body: { way: w, given: e.target.checked, how } });
                          }}
                          data-testid={id}
                        />
                        <label htmlFor={id}>
                          {given === true ? t('cases.consent.given') : given === false ? t('cases.consent.withdrawn') : t('cases.consent.notAsked')}
                          <span className="ro-visually-hidden">
                            {' '}
                            {t('cases.consent.cell', { name: labels.name(p), way: labels.way(w) })}
                          </span>
                        </label>
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
        </>
      )}
    </section>
  );
}
