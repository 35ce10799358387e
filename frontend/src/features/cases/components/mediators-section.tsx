import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { useAssignCaseMediators } from '../api/assign-case-mediators';
import type { CaseView } from '../api/types';
import { LanguageWarnings } from './language-warnings';
import { MediatorPicker } from './mediator-picker';
import { staffNames } from '../../../components/staff-name';

function Reassign({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const assign = useAssignCaseMediators();
  const [mediators, setMediators] = useState<string[]>(view.mediators);
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      className="ro-form ro-panel"
      data-testid="reassign-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (mediators.length < 1 || mediators.length > 2) return setError(t('cases.mediators.oneOrTwo'));
        setError(undefined);
        assign.mutate({ id: view.id, mediators }, { onSuccess: onDone });
      }}
    >
      {assign.error ? <ErrorAlert error={assign.error} /> : null}
      <MediatorPicker value={mediators} onChange={setMediators} error={error} />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={assign.isPending} data-testid="save-mediators">
          {t('cases.mediators.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The case's mediators; coordinators reassign them. */
export function MediatorsSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="mediators-heading" className="ro-block" data-testid="mediators-section">
      <h2 id="mediators-heading">{t('cases.mediators.title')}</h2>
      <p data-testid="case-mediators">{staffNames(view.mediatorNames, view.mediators)}</p>
      <LanguageWarnings warnings={view.warnings} />
      <Authorization policy="cases:assign-mediators">
        {editing ? (
          <Reassign view={view} onDone={() => setEditing(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)} data-testid="reassign-mediators">
            {t('cases.mediators.reassign')}
          </Button>
        )}
      </Authorization>
    </section>
  );
}
