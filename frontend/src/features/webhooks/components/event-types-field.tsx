import { useTranslation } from 'react-i18next';
import { eventTypes, leavingTypes, type EventType } from '../api/webhooks';

interface EventTypesFieldProps {
  value: EventType[];
  onChange: (value: EventType[]) => void;
  /** An integration's endpoint: only the types that may leave the program can be ticked. */
  forIntegration: boolean;
  error?: string | undefined;
}

/** The event types an endpoint wants: one checkbox each, at least one ticked; kept in the API's order. */
export function EventTypesField({ value, onChange, forIntegration, error }: EventTypesFieldProps) {
  const { t } = useTranslation();
  const id = 'field-eventTypes';
  const toggle = (type: EventType, checked: boolean) => onChange(eventTypes.filter((e) => (e === type ? checked : value.includes(e))));
  return (
    <fieldset id={id} className={`ro-field${error ? ' ro-field--error' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} data-testid={id}>
      <legend className="ro-label">
        {t('webhooks.fields.eventTypes')}
        <span className="ro-required" aria-hidden="true"> *</span>
      </legend>
      <p className="ro-hint" id={`${id}-hint`}>
        {forIntegration ? t('webhooks.eventTypesIntegrationHint') : t('webhooks.eventTypesHint')}
      </p>
      {error ? (
        <p className="ro-error-message" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {eventTypes.map((type) => {
        const optionId = `${id}-${type}`;
        const disabled = forIntegration && !leavingTypes.includes(type) && !value.includes(type);
        return (
          <div key={type} className="ro-checkbox">
            <input id={optionId} type="checkbox" name="eventTypes" value={type} checked={value.includes(type)} disabled={disabled} onChange={(e) => toggle(type, e.target.checked)} data-testid={optionId} />
            <label htmlFor={optionId}>{t(`webhooks.types.${type}`)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
