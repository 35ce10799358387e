import { useTranslation } from 'react-i18next';
import type { AuthorCopyStatus, CaseParticipantView, DeliveryMethod, MessageKind, MessageState } from '../api/types';

/** The plain-language names of a message's kind, state, delivery method and what its author may be told. */
export function useMessageLabels() {
  const { t } = useTranslation();
  return {
    kind: (k: MessageKind) => t(`messages.kind.${k}`),
    state: (s: MessageState) => t(`messages.state.${s}`),
    method: (m: DeliveryMethod) => t(`messages.method.${m}`),
    authorStatus: (s: AuthorCopyStatus) => t(`messages.authorCopy.status.${s}`),
    side: (s: CaseParticipantView['side']) => t(`messages.side.${s}`),
    name: (p: { firstName: string; lastName: string } | undefined) => (p ? `${p.firstName} ${p.lastName}` : t('messages.unknownParticipant')),
  };
}

/** A participant of the case by id. */
export function participantOf(participants: readonly CaseParticipantView[], id: string): CaseParticipantView | undefined {
  return participants.find((p) => p.participantId === id);
}
