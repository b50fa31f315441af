import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useSolutionFieldLabel } from '../../components/SolutionDiff';
import { useFormatDateTime } from '../../app/format';
import { curationQueries } from './curation-queries';
import './curation.css';

/** Who did what to this solution, and when: every change of state with its note. */
export function AuditLog({ solutionId }: { solutionId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const fieldLabel = useSolutionFieldLabel();
  const audit = useQuery(curationQueries.audit(solutionId));
  if (audit.isPending) return <Loading />;
  if (audit.isError) return <LoadError onRetry={() => void audit.refetch()} />;
  const items = audit.data.items;
  if (items.length === 0) return <p className="muted">{t('curation.audit.none')}</p>;
  const status = (s: string) => t(`curation.status.${s}`, { defaultValue: s });
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="data-table audit-table">
        <caption id="audit-caption" className="visually-hidden">
          {t('curation.audit.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('curation.audit.when')}</th>
            <th scope="col">{t('curation.audit.who')}</th>
            <th scope="col">{t('curation.audit.action')}</th>
            <th scope="col">{t('curation.audit.change')}</th>
            <th scope="col">{t('curation.audit.note')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td dir="auto">{entry.actor?.name ?? t('curation.audit.system')}</td>
              <td>
                {t(`curation.audit.actions.${entry.action}`, { defaultValue: entry.action })}
                {entry.revisionNumber !== null && (
                  <span className="muted"> · {t('curation.revisionNumber', { number: entry.revisionNumber })}</span>
                )}
              </td>
              <td>
                {entry.from && entry.to
                  ? t('curation.audit.fromTo', { from: status(entry.from), to: status(entry.to) })
                  : entry.to
                    ? status(entry.to)
                    : entry.from
                      ? status(entry.from)
                      : '—'}
              </td>
              <td className="audit-note">
                {entry.note && <span dir="auto">{entry.note}</span>}
                {entry.fields.length > 0 && (
                  <span className="audit-fields">
                    {t('curation.audit.fields', {
                      fields: entry.fields.map(fieldLabel).join(t('common.listSeparator')),
                    })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
