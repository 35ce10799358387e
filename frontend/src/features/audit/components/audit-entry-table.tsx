import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date';
import type { AuditEntryView } from '../api/types';
import { useAuditLabels } from './audit-labels';
import { DataTable } from '../../../components/data-table';

/** Entries of the trail, newest first: when, who, role, action, record (linked to its access log) and request. */
export function AuditEntryTable({ items, caption }: { items: readonly AuditEntryView[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const labels = useAuditLabels();
  return (
    <DataTable data-testid="audit-entries">
      <caption className="ro-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.fields.at')}</th>
          <th scope="col">{t('audit.fields.actor')}</th>
          <th scope="col">{t('audit.fields.role')}</th>
          <th scope="col">{t('audit.fields.action')}</th>
          <th scope="col">{t('audit.fields.record')}</th>
          <th scope="col">{t('audit.fields.requestId')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => {
          const type = e.resourceType ?? '';
          return (
            <tr key={e.seq} data-testid="audit-entry" data-seq={e.seq}>
              <td>
                <time dateTime={e.at}>{formatDate(e.at, i18n.language)}</time>
              </td>
              <td>{e.username ?? e.subject}</td>
              <td>{e.roles ? e.roles.split(',').map(labels.role).join(', ') : t('audit.noRole')}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {labels.recordType(type)}
                {e.resourceId ? (
                  <>
                    {' '}
                    <Link
                      to={`/audit/records/${encodeURIComponent(type)}/${encodeURIComponent(e.resourceId)}`}
                      data-testid="access-log-link"
                      aria-label={t('audit.accessLogOf', { type: labels.recordType(type), id: e.resourceId })}
                    >
                      <code>{e.resourceId}</code>
                    </Link>
                  </>
                ) : null}
              </td>
              <td>
                <code>{e.requestId}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
