import { useTranslation } from 'react-i18next';
import { useInstitutionName, useInstitutions, useReferenceName, useRegionName, useRegions } from '../lib/api/reference-data';
import { SelectField } from './form-fields';

interface ReferenceSelectProps {
  name: string;
  label: string;
  /** The id chosen ('' for none). */
  value: string;
  onChange: (id: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

/** The options: the active rows by name in the reader's language, and the one chosen even if no longer active. */
function options<T extends { id: string; nameEn: string; nameFr: string; active: boolean }>(rows: T[] | undefined, value: string, name: (row: T) => string) {
  return (rows ?? [])
    .filter((row) => row.active || row.id === value)
    .map((row) => ({ value: row.id, label: name(row) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Picks an active institution (forms: an offender's institution, a meeting's place). */
export function InstitutionSelect(props: ReferenceSelectProps) {
  const { t } = useTranslation();
  const institutions = useInstitutions();
  const name = useReferenceName();
  return <SelectField {...props} placeholder={t('reference.chooseInstitution')} options={options(institutions.data, props.value, name)} />;
}

/** Picks an active region (forms: a referral's region, a mediator's region). */
export function RegionSelect(props: ReferenceSelectProps) {
  const { t } = useTranslation();
  const regions = useRegions();
  const name = useReferenceName();
  return <SelectField {...props} placeholder={t('reference.chooseRegion')} options={options(regions.data, props.value, name)} />;
}

/** An institution's name in the reader's language, or the text recorded when none was chosen. */
export function InstitutionName({ id, text }: { id?: string | null | undefined; text?: string | null | undefined }) {
  return <>{useInstitutionName()(id, text)}</>;
}

/** A region's name in the reader's language, or the text recorded when none was chosen. */
export function RegionName({ id, text }: { id?: string | null | undefined; text?: string | null | undefined }) {
  return <>{useRegionName()(id, text)}</>;
}
