import type { RevisionState, WorkflowStatus } from '@galaxy/contracts';
import { useTranslation } from 'react-i18next';

/** A solution's workflow status as a coloured badge (the colours the curators' pages use too). */
export function StatusBadge({ status }: { status: WorkflowStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge status-${status}`}>{t(`workspace.status.${status}`)}</span>;
}

/** One revision's state, the same way. */
export function RevisionBadge({ state }: { state: RevisionState }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge status-${state}`}>{t(`workspace.revisionStatus.${state}`)}</span>;
}
