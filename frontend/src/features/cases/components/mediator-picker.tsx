import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useMediatorRoster } from '../api/list-mediator-roster';

interface MediatorPickerProps {
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** One or two mediators from the active roster (co-mediation): a third cannot be ticked. */
export function MediatorPicker({ value, onChange, error }: MediatorPickerProps) {
  const { t } = useTranslation();
  const roster = useMediatorRoster();
  if (roster.isPending) return <Loading />;
  if (roster.isError) return <ErrorAlert error={roster.error} />;
  const available = roster.data.filter((m) => m.active || value.includes(m.username));
  return (
    <fieldset id="field-mediators" className={`ro-field${error ? ' ro-field--error' : ''}`} data-testid="mediator-picker">
      <legend className="ro-label">
        {t('cases.mediators.pick')}
        <span className="ro-required" aria-hidden="true"> *</span>
      </legend>
      <p className="ro-hint">{t('cases.mediators.pickHint')}</p>
      {error ? (
        <p className="ro-error-message" data-testid="field-mediators-error">
          {error}
        </p>
      ) : null}
      {!available.length ? <p>{t('cases.mediators.noneOnRoster')}</p> : null}
      {available.map((m) => {
        const checked = value.includes(m.username);
        const id = `mediator-${m.username}`;
        return (
          <div key={m.username} className="ro-checkbox">
            <input
              id={id}
              type="checkbox"
              checked={checked}
              disabled={!checked && value.length >= 2}
              onChange={(e) => onChange(e.target.checked ? [...value, m.username] : value.filter((u) => u !== m.username))}
              data-testid={id}
            />
            <label htmlFor={id}>
              {m.displayName} ({m.username}) — {m.region}, {m.languages.map((l) => t(`mediators.spoken.${l}`)).join(', ')}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
