import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextField } from '../../../components/form-fields';
import { useMoveCaseStage } from '../api/move-case-stage';
import { caseStages, closureOutcomes, stageMoveTargets, type ClosureOutcome, type CaseView } from '../api/types';
import { useCaseLabels } from './case-labels';

/** The stages as a stepper, and only the moves the server lists as allowed now; closing asks for an outcome summary and how the case ended. */
export function StageSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const move = useMoveCaseStage();
  const [closing, setClosing] = useState(false);
  const [summary, setSummary] = useState('');
  const [summaryError, setSummaryError] = useState<string>();
  const [outcome, setOutcome] = useState<ClosureOutcome | ''>('');
  const [outcomeError, setOutcomeError] = useState<string>();
  const moves = view.allowedActions.map((action) => stageMoveTargets[action]);
  const currentIndex = caseStages.indexOf(view.stage);
  // a refused move is headed by the move: "The case was not closed"
  const refusedMove = { CLOSED: 'caseClose', PREPARATION: 'caseReopen', DIALOGUE: 'caseToDialogue', FOLLOW_UP: 'caseToFollowUp' } as const;
  const tried = move.variables?.body.stage;
  const refusedHeading = tried ? t(`refused.${refusedMove[tried]}`) : undefined;

  const close = (event: FormEvent) => {
    event.preventDefault();
    const text = summary.trim();
    const summaryProblem = !text ? t('cases.stageMoves.outcomeRequired') : text.length > 4000 ? t('validation.tooLong', { max: 4000 }) : undefined;
    setSummaryError(summaryProblem);
    setOutcomeError(outcome ? undefined : t('caseClosure.required'));
    if (summaryProblem || !outcome) {
      return;
    }
    move.mutate(
      { id: view.id, body: { stage: 'CLOSED', outcomeSummary: text, closureOutcome: outcome } },
      {
        onSuccess: () => {
          setClosing(false);
          setSummary('');
          setOutcome('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="stage-heading" className="ro-block" data-testid="stage-section">
      <h2 id="stage-heading">{t('cases.stageMoves.title')}</h2>
      <ol className="ro-stepper" data-testid="stage-stepper">
        {caseStages.map((s, i) => {
          const status = s === view.stage ? 'current' : i < currentIndex ? 'done' : 'todo';
          return (
            <li key={s} className={`ro-stepper__step ro-stepper__step--${status}`} aria-current={status === 'current' ? 'step' : undefined} data-testid={`stage-step-${s}`}>
              {labels.stage(s)}
            </li>
          );
        })}
      </ol>
      {view.stage === 'CLOSED' && view.outcomeSummary ? (
        <p data-testid="outcome-summary">
          <strong>{t('cases.stageMoves.outcomeSummary')}</strong> {view.outcomeSummary}
        </p>
      ) : null}
      {view.stage === 'CLOSED' && view.closureOutcome ? (
        <p data-testid="closure-outcome">
          <strong>{t('caseClosure.title')}</strong> {t(`caseClosure.outcome.${view.closureOutcome}`)}
        </p>
      ) : null}
      {move.error && !closing ? <ErrorAlert error={move.error} action={refusedHeading} /> : null}
      <div className="ro-actions" data-testid="stage-moves">
        {moves.map((to) => {
          if (to === 'CLOSED') {
            return closing ? null : (
              <Button
                key={to}
                variant="secondary"
                disabled={move.isPending}
                onClick={() => {
                  move.reset();
                  setClosing(true);
                }}
                data-testid="stage-move-CLOSED"
              >
                {t('cases.stageMoves.close')}
              </Button>
            );
          }
          if (to === 'PREPARATION') {
            return (
              <ConfirmButton
                key={to}
                label={t('cases.stageMoves.reopen')}
                question={t('cases.stageMoves.reopenQuestion')}
                confirmLabel={t('cases.stageMoves.reopenConfirm')}
                disabled={move.isPending}
                testId="stage-move-PREPARATION"
                onConfirm={() => move.mutate({ id: view.id, body: { stage: 'PREPARATION' } })}
              />
            );
          }
          return (
            <ConfirmButton
              key={to}
              label={t('cases.stageMoves.moveTo', { stage: labels.stage(to) })}
              question={t('cases.stageMoves.moveQuestion', { stage: labels.stage(to) })}
              confirmLabel={t('cases.stageMoves.moveConfirm')}
              variant="primary"
              disabled={move.isPending}
              testId={`stage-move-${to}`}
              onConfirm={() => move.mutate({ id: view.id, body: { stage: to } })}
            />
          );
        })}
      </div>
      {closing ? (
        <form noValidate onSubmit={close} className="ro-form ro-panel" data-testid="close-case-form">
          <h3>{t('cases.stageMoves.close')}</h3>
          {move.error ? <ErrorAlert error={move.error} action={refusedHeading} /> : null}
          <TextField name="outcomeSummary" multiline required label={t('cases.stageMoves.outcomeSummary')} hint={t('cases.stageMoves.outcomeHint')} value={summary} onChange={setSummary} error={summaryError} />
          <SelectField
            name="closureOutcome"
            label={t('caseClosure.title')}
            hint={t('caseClosure.hint')}
            value={outcome}
            onChange={(value) => setOutcome(closureOutcomes.find((o) => o === value) ?? '')}
            options={closureOutcomes.map((o) => ({ value: o, label: t(`caseClosure.outcome.${o}`) }))}
            placeholder={t('participants.choose')}
            error={outcomeError}
            required
          />
          <div className="ro-actions">
            <Button type="submit" variant="danger" disabled={move.isPending} data-testid="confirm-close-case">
              {t('cases.stageMoves.closeConfirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setClosing(false);
                setSummaryError(undefined);
                setOutcomeError(undefined);
                move.reset();
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
