import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { RegionSelect } from '../../../components/reference-select';
import { useForm } from '../../../components/use-form';
import type { InstitutionView, RegionView } from '../api/types';

/** A region's or an institution's fields: the code only when adding (it never changes), the region only for an institution. */
export interface ReferenceValues {
  code: string;
  nameEn: string;
  nameFr: string;
  regionId: string;
  active: boolean;
}

export function referenceValuesFrom(row: RegionView | InstitutionView | undefined): ReferenceValues {
  return {
    code: row?.code ?? '',
    nameEn: row?.nameEn ?? '',
    nameFr: row?.nameFr ?? '',
    regionId: row && 'regionId' in row ? row.regionId : '',
    active: row?.active ?? true,
  };
}

const name = z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong#120');
const schemaFor = (adding: boolean, institution: boolean) =>
  z.object({
    code: adding ? z.string().trim().regex(/^[A-Z0-9_-]{2,20}$/, 'validation.referenceCode') : z.string(),
    nameEn: name,
    nameFr: name,
    regionId: institution ? z.string().min(1, 'validation.choose') : z.string(),
    active: z.boolean(),
  });

interface ReferenceFormProps {
  kind: 'region' | 'institution';
  title: string;
  initial: ReferenceValues;
  /** Editing shows the code and lets the row be deactivated or reactivated. */
  editing?: boolean;
  onSubmit: (values: ReferenceValues) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

export function ReferenceForm({ kind, title, initial, editing, onSubmit, onCancel, submitting, error }: ReferenceFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initial, validate: schemaFor(!editing, kind === 'institution'), onValid: onSubmit, error, quietStatuses: [412] });
  const { values, set, errorFor } = form;
  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid={`${kind}-form`}>
      <h2>{title}</h2>
      <FormProblems form={form} />
      {editing ? (
        <p>
          <strong>{t('reference.fields.code')}</strong> {values.code}
        </p>
      ) : (
        <TextField name="code" required label={t('reference.fields.code')} hint={t('reference.codeHint')} value={values.code} onChange={set('code')} error={errorFor('code')} />
      )}
      <TextField name="nameEn" required label={t('reference.fields.nameEn')} value={values.nameEn} onChange={set('nameEn')} error={errorFor('nameEn')} />
      <TextField name="nameFr" required label={t('reference.fields.nameFr')} value={values.nameFr} onChange={set('nameFr')} error={errorFor('nameFr')} />
      {kind === 'institution' ? (
        <RegionSelect name="regionId" required label={t('reference.fields.region')} value={values.regionId} onChange={set('regionId')} error={errorFor('regionId')} />
      ) : null}
      {editing ? <CheckboxField name="active" label={t('reference.fields.active')} checked={values.active} onChange={set('active')} error={errorFor('active')} /> : null}
      <FormActions submitLabel={t('reference.save')} testId={`save-${kind}`} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
