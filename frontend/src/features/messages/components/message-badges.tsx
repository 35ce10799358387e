import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../../components/state-badge';
import type { MessageView } from '../api/types';
import { useMessageLabels } from './message-labels';

/** The message's state, and "Held" when a side withdrew. */
export function MessageBadges({ message }: { message: Pick<MessageView, 'state' | 'held'> }) {
  const { t } = useTranslation();
  const labels = useMessageLabels();
  return (
    <>
      <StateBadge state={`message-${message.state}`} label={labels.state(message.state)} testId="message-state" />
      {message.held ? (
        <span className="ro-badge ro-badge--hold" data-testid="message-held">
          {t('messages.held')}
        </span>
      ) : null}
    </>
  );
}
