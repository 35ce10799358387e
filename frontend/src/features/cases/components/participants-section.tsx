import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Authorization } from '../../../components/authorization';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { StateBadge } from '../../../components/state-badge';
import { useAddCaseParticipant } from '../api/add-case-participant';
import type { CaseView } from '../api/types';
import { useRejoinParticipant } from '../api/rejoin-participant';
import { useWithdrawParticipant } from '../api/withdraw-participant';
import { AddPersonForm } from './add-person-form';
import { useCaseLabels } from './case-labels';
import { DataTable } from '../../../components/data-table';

/** A coordinator's "Add a person" to the open case: the button, then the form until the person is added. */
function AddPerson({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const add = useAddCaseParticipant();
  if (view.stage === 'CLOSED') return null;
  const close = () => {
    add.reset();
    setAdding(false);
  };
  return adding ? (
    <AddPersonForm view={view} onSubmit={(body) => add.mutate({ id: view.id, body }, { onSuccess: close })} onCancel={close} submitting={add.isPending} error={add.error} />
  ) : (
    <Button variant="secondary" onClick={() => setAdding(true)} data-testid="add-person">
      {t('caseJoiners.add')}
    </Button>
  );
}

/** Who takes part, on which side, whether they take part now; withdrawing and rejoining, each confirmed and immediate. */
export function ParticipantsSection({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const withdraw = useWithdrawParticipant();
  const rejoin = useRejoinParticipant();
  const busy = withdraw.isPending || rejoin.isPending;
  const error = withdraw.error ?? rejoin.error;
  const supported = (id: string | null | undefined) => {
    const p = id ? view.participants.find((x) => x.participantId === id) : undefined;
    return p ? labels.name(p) : undefined;
  };
  const reset = () => {
    withdraw.reset();
    rejoin.reset();
  };
  return (
    <section aria-labelledby="participants-heading" className="ro-block" data-testid="participants-section">
      <h2 id="participants-heading">{t('cases.participants.title')}</h2>
      <p className="ro-hint">{t('cases.participants.hint')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <DataTable>
        <thead>
          <tr>
            <th scope="col">{t('cases.participants.name')}</th>
            <th scope="col">{t('cases.participants.side')}</th>
            <th scope="col">{t('cases.participants.status')}</th>
            <th scope="col">
              <span className="ro-visually-hidden">{t('cases.participants.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.participants.map((p) => {
            const name = labels.name(p);
            return (
              <tr key={p.participantId} data-testid="case-participant" data-participant-id={p.participantId}>
                <td>
                  {name} <span className="ro-small">({t(`participants.kind.${p.kind}`)})</span>
                  {supported(p.supports) ? (
                    <div className="ro-small" data-testid="participant-supports">
                      {t('caseJoiners.supportsName', { name: supported(p.supports) })}
                    </div>
                  ) : null}
                  <div className="ro-small" data-testid="participant-joined">
                    {t(p.joinedLater ? 'caseJoiners.joinedLater' : 'caseJoiners.joinedAtOpening', { date: formatDate(p.joinedAt, i18n.language) })}
                  </div>
                </td>
                <td>{labels.side(p.side)}</td>
                <td>
                  <StateBadge state={p.status} label={labels.status(p.status)} testId="participant-status" />
                  <span className="ro-small">{t('cases.participants.since', { date: formatDate(p.statusSince, i18n.language) })}</span>
                </td>
                <td>
                  {p.status === 'ACTIVE' ? (
                    <ConfirmButton
                      label={t('cases.participants.withdraw', { name })}
                      question={t('cases.participants.withdrawQuestion', { name })}
                      confirmLabel={t('cases.participants.withdrawConfirm')}
                      variant="danger"
                      disabled={busy}
                      testId={`withdraw-${p.participantId}`}
                      onConfirm={() => {
                        reset();
                        withdraw.mutate({ id: view.id, participantId: p.participantId });
                      }}
                    />
                  ) : (
                    <ConfirmButton
                      label={t('cases.participants.rejoin', { name })}
                      question={t('cases.participants.rejoinQuestion', { name })}
                      confirmLabel={t('cases.participants.rejoinConfirm')}
                      disabled={busy}
                      testId={`rejoin-${p.participantId}`}
                      onConfirm={() => {
                        reset();
                        rejoin.mutate({ id: view.id, participantId: p.participantId });
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <Authorization policy="cases:add-participant">
        <AddPerson view={view} />
      </Authorization>
    </section>
  );
}
