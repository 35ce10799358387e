import { useTranslation } from 'react-i18next';
import { mediatorLanguages, type MediatorEntry } from '../api/types';

type Languages = MediatorEntry['languages'];

interface LanguagesFieldProps {
  value: Languages;
  onChange: (value: Languages) => void;
  error?: string | undefined;
}

/** The official languages a mediator works in: one checkbox each, at least one ticked; kept in the API's order. */
export function LanguagesField({ value, onChange, error }: LanguagesFieldProps) {
  const { t } = useTranslation();
  const id = 'field-languages';
  const toggle = (language: Languages[number], checked: boolean) =>
    onChange(mediatorLanguages.filter((l) => (l === language ? checked : value.includes(l))));
  return (
    <fieldset id={id} className={`ro-field${error ? ' ro-field--error' : ''}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} data-testid={id}>
      <legend className="ro-label">
        {t('mediators.fields.languages')}
        <span className="ro-required" aria-hidden="true"> *</span>
      </legend>
      <p className="ro-hint" id={`${id}-hint`}>
        {t('mediators.languagesHint')}
      </p>
      {error ? (
        <p className="ro-error-message" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {mediatorLanguages.map((language) => {
        const optionId = `${id}-${language}`;
        return (
          <div key={language} className="ro-checkbox">
            <input id={optionId} type="checkbox" name="languages" value={language} checked={value.includes(language)} onChange={(e) => toggle(language, e.target.checked)} data-testid={optionId} />
            <label htmlFor={optionId}>{t(`mediators.languages.${language}`)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
