import { SolutionWorkspaceSchema, type Me, type OrganizationSolutionList } from '@galaxy/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { ApiError, apiSend } from '../../app/api';
import { useFormatDate } from '../../app/format';
import { problemFeedback } from '../../app/problem-feedback';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLanguage } from '../../app/useLanguage';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useSignedInGate } from '../../components/SignedInOnly';
import { NotFoundPage } from '../errors/NotFoundPage';
import { StatusBadge } from './StatusBadge';
import { workspaceChanged, workspaceQueries } from './workspace-queries';
import './workspace.css';

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** An organization's solutions in every state, for its members: where to start one and pick one up. */
export function OrganizationSolutionsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me, gate } = useSignedInGate();
  const valid = isUuid(id);
  const list = useQuery({ ...workspaceQueries.ofOrganization(id), enabled: valid && Boolean(me) });
  const code = list.error instanceof ApiError ? list.error.code : undefined;
  const membership = me?.memberships.find((m) => m.organizationId === id);
  const name = membership?.name;
  useDocumentTitle(
    !valid || code === 'NOT_FOUND'
      ? t('errors.notFoundTitle')
      : name
        ? t('workspace.listTitle', { name })
        : t('workspace.listTitleShort'),
  );

  if (!me) return gate;
  if (!valid || code === 'NOT_FOUND') return <NotFoundPage />;
  if (code === 'FORBIDDEN') {
    return (
      <section className="message-page">
        <h1>{t('workspace.listTitleShort')}</h1>
        <p className="notice notice-warning">{t('workspace.notMember')}</p>
        <p>
          <Link to="/account">{t('verifyEmail.toAccount')}</Link>
        </p>
      </section>
    );
  }
  return (
    <div className="workspace-list-page">
      <nav aria-label={t('solution.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/account">{t('account.title')}</Link>
          </li>
          <li>
            <Link to={`/organizations/${id}/settings`}>{name ?? t('organization.settings')}</Link>
          </li>
        </ol>
      </nav>
      <h1 dir="auto">{name ? t('workspace.listTitle', { name }) : t('workspace.listTitleShort')}</h1>
      <p className="lead">{t('workspace.listLead')}</p>
      <NewSolution organizationId={id} me={me} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError onRetry={() => void list.refetch()} />
      ) : (
        <SolutionTable list={list.data} />
      )}
    </div>
  );
}

function NewSolution({ organizationId, me }: { organizationId: string; me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lang = useLanguage();
  // The text is most likely written in the language the person reads the site in.
  const language = me.languages.includes(lang) ? lang : (me.languages[0] ?? lang);
  const create = useMutation({
    mutationFn: () => apiSend('POST', '/solutions', { organizationId, language }, SolutionWorkspaceSchema),
    onSuccess: (workspace) => {
      workspaceChanged(queryClient, workspace);
      void navigate(`/manage/solutions/${workspace.solutionId}`);
    },
  });
  return (
    <div className="new-solution">
      <button type="button" className="button-primary" disabled={create.isPending} onClick={() => create.mutate()}>
        {create.isPending ? t('form.sending') : t('workspace.newSolution')}
      </button>
      <div role="alert" className="status-region">
        {create.isError && <p className="notice notice-error">{problemFeedback(create.error, t).message}</p>}
      </div>
    </div>
  );
}

function SolutionTable({ list }: { list: OrganizationSolutionList }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (list.items.length === 0) return <p className="empty-state">{t('workspace.noSolutions')}</p>;
  return (
    <table className="data-table workspace-table">
      <caption className="visually-hidden">{t('workspace.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workspace.column.title')}</th>
          <th scope="col">{t('workspace.column.status')}</th>
          <th scope="col">{t('workspace.column.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {list.items.map((item) => (
          <tr key={item.solutionId}>
            <th scope="row">
              <Link to={`/manage/solutions/${item.solutionId}`} dir="auto">
                {item.title?.trim() || t('workspace.untitled')}
              </Link>
              {item.slug && item.status === 'published' && (
                <>
                  {' '}
                  <Link to={`/solutions/${item.slug}`} className="muted-link">
                    {t('workspace.viewPublic')}
                    <span className="visually-hidden">: {item.title}</span>
                  </Link>
                </>
              )}
            </th>
            <td>
              <StatusBadge status={item.status} />
              {item.openRevision && item.status === 'published' && (
                <span className="open-revision">
                  {t('workspace.openRevision', { state: t(`workspace.revisionStatus.${item.openRevision}`) })}
                </span>
              )}
            </td>
            <td>{formatDate(item.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
