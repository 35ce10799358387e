import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/form-fields';
import type { RegionView } from '../api/types';
import { monthLabel, periodProblem, type Month } from './period';
import type { StatisticsLabels } from './statistics-labels';

export interface StatisticsFilterValues {
  from: Month;
  to: Month;
  regionId: string;
}

interface StatisticsFiltersProps {
  value: StatisticsFilterValues;
  months: readonly Month[];
  regions: readonly RegionView[];
  labels: StatisticsLabels;
  onSubmit: (value: StatisticsFilterValues) => void;
}

/** The period (first and last month) and the region, sent with a button; a last month before the first, or over 5 years, is refused here. */
export function StatisticsFilters({ value, months, regions, labels, onSubmit }: StatisticsFiltersProps) {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  const monthOptions = months.map((m) => ({ value: m, label: monthLabel(m, labels.language) }));
  const regionOptions = [...regions]
    .sort((a, b) => labels.region(a).localeCompare(labels.region(b), labels.language))
    .map((r) => ({ value: r.id, label: labels.region(r) }));
  if (draft.regionId && !regions.some((r) => r.id === draft.regionId)) regionOptions.push({ value: draft.regionId, label: '…' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rule = periodProblem(draft.from, draft.to);
    setProblem(rule ? labels.text(`filters.${rule}`) : undefined);
    if (!rule) onSubmit(draft);
  };

  return (
    <form className="ro-stats-filters" onSubmit={submit} aria-label={labels.text('filters.label')} noValidate data-testid="statistics-filters">
      <fieldset className="ro-stats-period" aria-describedby="statistics-period-hint">
        <legend className="ro-label">{labels.text('filters.period')}</legend>
        <p className="ro-hint" id="statistics-period-hint">
          {labels.text('filters.periodHint')}
        </p>
        <div className="ro-stats-period__months">
          <SelectField name="statistics-from" label={labels.text('filters.from')} value={draft.from} options={monthOptions} onChange={(v) => setDraft({ ...draft, from: v as Month })} />
          <SelectField
            name="statistics-to"
            label={labels.text('filters.to')}
            value={draft.to}
            options={monthOptions}
            error={problem}
            onChange={(v) => setDraft({ ...draft, to: v as Month })}
          />
        </div>
      </fieldset>
      <SelectField
        name="statistics-region"
        label={labels.text('filters.region')}
        value={draft.regionId}
        placeholder={labels.text('filters.allRegions')}
        options={regionOptions}
        onChange={(v) => setDraft({ ...draft, regionId: v })}
      />
      <div className="ro-field">
        <Button type="submit" variant="primary" data-testid="statistics-submit">
          {labels.text('filters.submit')}
        </Button>
      </div>
    </form>
  );
}
