import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { RadioGroupField, SelectField, TextField } from '../../../components/form-fields';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { useCaseFeedback, useRecordCaseFeedback } from '../api/case-feedback';
import { feedbackAnswers, feedbackStatements, type CaseView, type FeedbackAnswer, type FeedbackView } from '../api/types';
import { staffName } from '../../../components/staff-name';

type Statement = (typeof feedbackStatements)[number];
type Answers = Partial<Record<Statement, FeedbackAnswer>>;

function FeedbackForm({ view, waiting }: { view: CaseView; waiting: CaseView['participants'] }) {
  const { t } = useTranslation();
  const record = useRecordCaseFeedback(view.id);
  const [participantId, setParticipantId] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [comments, setComments] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Statement | 'participantId' | 'comments', string>>>({});
  const options = feedbackAnswers.map((a) => ({ value: a, label: t(`cases.feedback.answers.${a}`) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!participantId) found.participantId = t('validation.required');
    for (const s of feedbackStatements) if (!answers[s]) found[s] = t('cases.feedback.answerRequired');
    if (comments.length > 4000) found.comments = t('validation.tooLong', { max: 4000 });
    setErrors(found);
    if (Object.keys(found).length) return;
    const [feltSafe, feltHeard, needsMet, wouldRecommend] = feedbackStatements.map((s) => answers[s]!) as [FeedbackAnswer, FeedbackAnswer, FeedbackAnswer, FeedbackAnswer];
    record.mutate(
      { caseId: view.id, body: { participantId, feltSafe, feltHeard, needsMet, wouldRecommend, comments: comments.trim() || null } },
      {
        onSuccess: () => {
          setParticipantId('');
          setAnswers({});
          setComments('');
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="feedback-form">
      <h3>{t('cases.feedback.record')}</h3>
      <p>{t('cases.feedback.voluntary')}</p>
      {record.error ? <ErrorAlert error={record.error} /> : null}
      <SelectField
        name="feedbackParticipant"
        required
        label={t('cases.feedback.participant')}
        value={participantId}
        onChange={setParticipantId}
        placeholder={t('cases.feedback.choose')}
        options={waiting.map((p) => ({ value: p.participantId, label: `${p.firstName} ${p.lastName}` }))}
        error={errors.participantId}
      />
      {feedbackStatements.map((s) => (
        <RadioGroupField
          key={s}
          name={`feedback-${s}`}
          required
          legend={t(`cases.feedback.statements.${s}`)}
          value={answers[s] ?? ''}
          onChange={(v) => setAnswers((a) => ({ ...a, [s]: v as FeedbackAnswer }))}
          options={options}
          error={errors[s]}
        />
      ))}
      <TextField name="feedbackComments" multiline label={t('cases.feedback.comments')} hint={t('cases.feedback.commentsHint')} value={comments} onChange={setComments} error={errors.comments} />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={record.isPending} data-testid="save-feedback">
          {t('cases.feedback.save')}
        </Button>
      </div>
    </form>
  );
}

function FeedbackCard({ feedback, name }: { feedback: FeedbackView; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="ro-card" data-testid="feedback">
      <h3>{name}</h3>
      <dl className="ro-summary">
        {feedbackStatements.map((s) => (
          <div key={s}>
            <dt>{t(`cases.feedback.statements.${s}`)}</dt>
            <dd data-testid={`feedback-${s}`}>{t(`cases.feedback.answers.${feedback[s]}`)}</dd>
          </div>
        ))}
      </dl>
      {feedback.comments ? <p className="ro-pre">{feedback.comments}</p> : null}
      <p className="ro-small">{t('cases.feedback.recordedBy', { by: staffName(feedback.recordedByName, feedback.recordedBy), date: formatDate(feedback.recordedAt, i18n.language) })}</p>
    </li>
  );
}

/** Once a case is closed: each participant's feedback, and a form to record it for those who have not given it. */
export function FeedbackSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const query = useCaseFeedback(view.id, view.stage === 'CLOSED');
  if (view.stage !== 'CLOSED') return null;
  const nameOf = (id: string) => {
    const p = view.participants.find((x) => x.participantId === id);
    return p ? `${p.firstName} ${p.lastName}` : id;
  };
  const given = new Set(query.data?.map((f) => f.participantId));
  const waiting = view.participants.filter((p) => !given.has(p.participantId));
  return (
    <section aria-labelledby="feedback-heading" className="ro-block" data-testid="feedback-section">
      <h2 id="feedback-heading">{t('cases.feedback.title')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.length ? <p>{t('cases.feedback.none')}</p> : null}
      {query.data?.length ? (
        <ul className="ro-plain-list">
          {query.data.map((f) => (
            <FeedbackCard key={f.id} feedback={f} name={nameOf(f.participantId)} />
          ))}
        </ul>
      ) : null}
      {query.data && waiting.length ? <FeedbackForm view={view} waiting={waiting} /> : null}
    </section>
  );
}
