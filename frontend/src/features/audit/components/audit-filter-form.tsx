import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/form-fields';
import { auditRoles, recordTypes, type AuditFilters } from '../api/types';
import { useAuditLabels } from './audit-labels';

interface AuditFilterFormProps {
  filters: AuditFilters;
  /** The API's field errors (422), by parameter name. */
  errors: Record<string, string>;
  onApply: (filters: AuditFilters) => void;
}

/** The trail's filters: who, role, action, record type and id, period (dates) and request id. */
export function AuditFilterForm({ filters, errors, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const set = (name: keyof AuditFilters) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, action: draft.action?.trim().toUpperCase() });
  };
  const clear = () => {
    setDraft({});
    onApply({});
  };
  return (
    <form className="ro-form ro-form--wide" onSubmit={submit} aria-label={t('audit.trail.filters')} data-testid="audit-filters" noValidate>
      <div className="ro-grid-2">
        <TextField name="actor" label={t('audit.fields.actor')} hint={t('audit.hints.actor')} value={draft.actor ?? ''} onChange={set('actor')} error={errors.actor} />
        <SelectField
          name="role"
          label={t('audit.fields.role')}
          value={draft.role ?? ''}
          onChange={set('role')}
          placeholder={t('audit.any')}
          options={auditRoles.map((r) => ({ value: r, label: labels.role(r) }))}
          error={errors.role}
        />
        <TextField name="action" label={t('audit.fields.action')} hint={t('audit.hints.action')} value={draft.action ?? ''} onChange={set('action')} error={errors.action} />
        <SelectField
          name="resourceType"
          label={t('audit.fields.recordType')}
          value={draft.resourceType ?? ''}
          onChange={set('resourceType')}
          placeholder={t('audit.any')}
          options={recordTypes.map((r) => ({ value: r, label: labels.recordType(r) }))}
          error={errors.resourceType}
        />
        <TextField name="resourceId" label={t('audit.fields.recordId')} value={draft.resourceId ?? ''} onChange={set('resourceId')} error={errors.resourceId} />
        <TextField name="requestId" label={t('audit.fields.requestId')} value={draft.requestId ?? ''} onChange={set('requestId')} error={errors.requestId} />
        <TextField name="from" type="date" label={t('audit.fields.from')} hint={t('audit.hints.period')} value={draft.from ?? ''} onChange={set('from')} error={errors.from} />
        <TextField name="to" type="date" label={t('audit.fields.to')} hint={t('audit.hints.period')} value={draft.to ?? ''} onChange={set('to')} error={errors.to} />
      </div>
      <div className="ro-actions">
        <Button type="submit" variant="primary" data-testid="apply-filters">
          {t('audit.trail.apply')}
        </Button>
        <Button variant="secondary" onClick={clear} data-testid="clear-filters">
          {t('audit.trail.clear')}
        </Button>
      </div>
    </form>
  );
}
