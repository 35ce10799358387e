import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { CheckboxField, TextField } from '../../../components/form-fields';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { CorrectionNotices } from '../../../components/correction-notices';
import { useAddCaseNote } from '../api/add-case-note';
import { useCaseNotes } from '../api/list-case-notes';
import { staffName } from '../../../components/staff-name';

function NoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const add = useAddCaseNote(caseId);
  const [text, setText] = useState('');
  const [mediatorsOnly, setMediatorsOnly] = useState(false);
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return setError(t('validation.required'));
    if (value.length > 8000) return setError(t('validation.tooLong', { max: 8000 }));
    setError(undefined);
    add.mutate(
      { caseId, body: { text: value, mediatorsOnly } },
      {
        onSuccess: () => {
          setText('');
          setMediatorsOnly(false);
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="note-form">
      <h3>{t('cases.notes.add')}</h3>
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <TextField name="noteText" multiline required label={t('cases.notes.text')} value={text} onChange={setText} error={error} />
      <CheckboxField name="mediatorsOnly" label={t('cases.notes.mediatorsOnly')} checked={mediatorsOnly} onChange={setMediatorsOnly} />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={add.isPending} data-testid="save-note">
          {t('cases.notes.save')}
        </Button>
      </div>
    </form>
  );
}

/** The case's notes (mediators-only ones reach only the case's mediators); the case's mediators add them. */
export function NotesSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const query = useCaseNotes(caseId);
  return (
    <section aria-labelledby="notes-heading" className="ro-block" data-testid="notes-section">
      <h2 id="notes-heading">{t('cases.notes.title')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.length ? <p>{t('cases.notes.none')}</p> : null}
      {query.data?.length ? (
        <ul className="ro-plain-list" data-testid="notes">
          {query.data.map((n) => (
            <li key={n.id} className="ro-card" data-testid="note">
              <CorrectionNotices recordType="CASE_NOTE" recordIds={query.data.map((x) => x.id)} only={n.id} />
              <p className="ro-small">
                {staffName(n.authorName, n.author)}, {formatDate(n.createdAt, i18n.language)}{' '}
                {n.mediatorsOnly ? (
                  <span className="ro-badge ro-badge--warning" data-testid="note-mediators-only">
                    {t('cases.notes.mediatorsOnlyBadge')}
                  </span>
                ) : null}
              </p>
              <p className="ro-pre">{n.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <Authorization policy="cases:add-note">
        <NoteForm caseId={caseId} />
      </Authorization>
    </section>
  );
}
