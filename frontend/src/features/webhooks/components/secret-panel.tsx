import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';

/** The signing secret, shown this once (at registration or rotation), with how to keep it. */
export function SecretPanel({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" data-testid="webhook-secret-panel">
      <GcdsAlert alertRole="warning" heading={t('webhooks.secretTitle')} hideCloseBtn container="full">
        <p>{t('webhooks.secretOnce')}</p>
        <p>
          <label htmlFor="webhook-secret" className="ro-label">
            {t('webhooks.fields.secret')}
          </label>
          <input id="webhook-secret" className="ro-input" style={{ width: '100%', maxWidth: '60ch', fontFamily: 'monospace' }} readOnly value={secret} onFocus={(e) => e.target.select()} data-testid="webhook-secret" spellCheck={false} />
        </p>
        <p className="ro-hint">{t('webhooks.copyHint')}</p>
      </GcdsAlert>
    </div>
  );
}
