import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/types';

/**
 * What the server warns about the case's mediators (it refuses nothing): a participant's preferred language
 * that no assigned mediator speaks. Shown with the mediators, so it appears as soon as an assignment is saved.
 */
export function LanguageWarnings({ warnings }: { warnings: CaseView['warnings'] }) {
  const { t } = useTranslation();
  const gaps = warnings.filter((w) => w.code === 'NO_MEDIATOR_SPEAKS_LANGUAGE');
  if (!gaps.length) return null;
  return (
    <div role="status" data-testid="language-warnings">
      <GcdsAlert alertRole="warning" heading={t('cases.mediators.languageWarningTitle')} hideCloseBtn container="full">
        {gaps.map((w) => (
          <p key={w.language} data-testid={`language-warning-${w.language}`}>
            {t('cases.mediators.languageWarning', { language: t(`mediators.spoken.${w.language}`), count: w.participantIds.length })}
          </p>
        ))}
      </GcdsAlert>
    </div>
  );
}
