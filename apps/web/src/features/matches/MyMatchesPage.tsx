import { MATCH_STAGES, MatchStageSchema, type Me } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUpdateSearchParams, withValue } from '../../app/url-state';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SignedInOnly } from '../../components/SignedInOnly';
import { isStaff } from '../curation/StaffOnly';
import { BrokeringNav } from './BrokeringNav';
import { useStageLabel } from './match-format';
import { matchQueries } from './match-queries';
import { MatchTable } from './MatchTable';
import './matches.css';

export function MyMatchesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matches.list.title'));
  return <SignedInOnly>{(me) => <MyMatches me={me} />}</SignedInOnly>;
}

function MyMatches({ me }: { me: Me }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const [params] = useSearchParams();
  const setParams = useUpdateSearchParams();
  const staff = isStaff(me);
  // Staff see the matches they broker unless they ask for all; members always see their own.
  const all = staff && params.get('scope') === 'all';
  const stageParam = MatchStageSchema.safeParse(params.get('stage') ?? undefined);
  const stage = stageParam.success ? stageParam.data : undefined;
  const list = useQuery(matchQueries.list({ mine: staff ? !all : undefined, stage }));
  const data = list.data;
  const myOrganizations = me.memberships.map((m) => m.organizationId);

  return (
    <div className="curation-page matches-page">
      <h1>{t('matches.list.title')}</h1>
      <p className="lead">{staff ? t('matches.list.leadStaff') : t('matches.list.lead')}</p>
      {staff && <BrokeringNav />}

      <form
        className="curation-filters"
        aria-label={t('matches.list.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        {staff && (
          <fieldset className="field scope-switch">
            <legend>{t('matches.list.scope')}</legend>
            <ul className="checkbox-list inline-choices">
              {(['mine', 'all'] as const).map((scope) => (
                <li key={scope}>
                  <label>
                    <input
                      type="radio"
                      name="scope"
                      value={scope}
                      checked={(scope === 'all') === all}
                      onChange={() => setParams((p) => withValue(p, 'scope', scope === 'all' ? 'all' : undefined))}
                    />
                    <span>{t(`matches.list.scope_${scope}`)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="matches-stage">{t('matches.list.stage')}</label>
          <select
            id="matches-stage"
            value={stage ?? ''}
            onChange={(e) => setParams((p) => withValue(p, 'stage', e.target.value || undefined))}
          >
            <option value="">{t('matches.list.anyStage')}</option>
            {MATCH_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-labelledby="matches-heading">
        <h2 id="matches-heading" className="visually-hidden">
          {t('matches.list.resultsHeading')}
        </h2>
        <p role="status" className="results-count">
          {data && t('matches.list.count', { count: data.items.length })}
        </p>
        {list.isPending && <Loading />}
        {list.isError && !data && <LoadError onRetry={() => void list.refetch()} />}
        {data && data.items.length === 0 && (
          <div className="empty-state">
            <p>
              {stage ? t('matches.list.emptyFiltered') : staff ? t('matches.list.emptyStaff') : t('matches.list.empty')}
            </p>
            {stage && <Link to={`?${withValue(params, 'stage', undefined)}`}>{t('matches.queue.clearFilters')}</Link>}
            {!stage && staff && <Link to="/brokering">{t('matches.list.toQueue')}</Link>}
          </div>
        )}
        {data && data.items.length > 0 && (
          <MatchTable
            items={data.items}
            caption={t('matches.list.caption')}
            captionId="matches-caption"
            myOrganizations={myOrganizations}
            busy={list.isPlaceholderData}
          />
        )}
      </section>
    </div>
  );
}
