import { COUNTRY_ROLES, type SolutionDetail } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api';
import { solutionQueries } from '../../app/catalog-queries';
import { contentLangProps } from '../../app/content-lang';
import { useFormatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCountries, useSdgs } from '../../app/useReference';
import { LazyWorldMap } from '../../components/LazyWorldMap';
import { LoadError, Loading } from '../../components/QueryStatus';
import { SdgBadges } from '../../components/SdgBadge';
import { SolutionCard } from '../../components/SolutionCard';
import { NotFoundPage } from '../errors/NotFoundPage';
import './solutions.css';

/** Map colours by country role, distinct for colour-blind readers too (blue, orange, purple). */
export const ROLE_COLORS = { provider: '#1f6aa8', recipient: '#d9730d', triangular_partner: '#7b3fa0' } as const;

export function SolutionPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const solution = useQuery(solutionQueries.detail(slug));
  useDocumentTitle(solution.data?.title ?? (solution.isError ? t('errors.notFoundTitle') : t('common.loading')));

  if (solution.error instanceof ApiError && solution.error.problem?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (solution.isPending) return <Loading />;
  if (solution.isError) return <LoadError onRetry={() => void solution.refetch()} />;
  return <SolutionView solution={solution.data} />;
}

function SolutionView({ solution }: { solution: SolutionDetail }) {
  const { t } = useTranslation();
  const content = contentLangProps(solution.language);
  const period = solution.endYear
    ? t('solution.yearRange', { start: solution.startYear, end: solution.endYear })
    : t('solution.since', { start: solution.startYear });

  const sections = [
    ['summary', solution.summary],
    ['challenge', solution.challenge],
    ['towardsSolution', solution.towardsSolution],
    ['resultsImpact', solution.resultsImpact],
    ['sustainability', solution.sustainability],
    ['replicability', solution.replicability],
    ['lessonsLearned', solution.lessonsLearned],
  ] as const;

  return (
    <article className="solution" aria-labelledby="solution-title">
      <Breadcrumb to="/solutions" label={t('nav.solutions')} />
      <header className="solution-header">
        <h1 id="solution-title" {...content}>
          {solution.title}
        </h1>
        {solution.subtitle && (
          <p className="subtitle" {...content}>
            {solution.subtitle}
          </p>
        )}
        <SdgBadges goals={solution.sdgs} linkTo={(goal) => `/solutions?sdg=${goal}`} />
        <p className="solution-meta">
          <span>{t(`modality.${solution.modality}`)}</span>
          <span>{t(`projectStatus.${solution.projectStatus}`)}</span>
          <span>{period}</span>
          <span>{t('solution.writtenIn', { language: t(`contentLanguage.${solution.language}`) })}</span>
        </p>
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t('solution.print')}
        </button>{' '}
        <a className="iati-link" href={`/api/v1/solutions/${encodeURIComponent(solution.slug)}/iati`} download>
          {t('solution.iati')}
        </a>
      </header>

      <div className="solution-layout">
        <div className="solution-body">
          {sections.map(([key, text]) =>
            text ? (
              <section key={key} aria-labelledby={`section-${key}`}>
                <h2 id={`section-${key}`}>{t(`solution.section.${key}`)}</h2>
                <Paragraphs text={text} {...content} />
              </section>
            ) : null,
          )}
          {solution.buildingBlocks.length > 0 && (
            <section aria-labelledby="section-blocks">
              <h2 id="section-blocks">{t('solution.section.buildingBlocks')}</h2>
              <ol className="building-blocks">
                {solution.buildingBlocks.map((block, i) => (
                  <li key={i}>
                    <h3 {...content}>{block.title}</h3>
                    <Paragraphs text={block.description} {...content} />
                    {block.enablingFactors && (
                      <>
                        <h4>{t('solution.enablingFactors')}</h4>
                        <Paragraphs text={block.enablingFactors} {...content} />
                      </>
                    )}
                    {block.lessons && (
                      <>
                        <h4>{t('solution.blockLessons')}</h4>
                        <Paragraphs text={block.lessons} {...content} />
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
        <aside className="solution-aside" aria-label={t('solution.factsLabel')}>
          <Facts solution={solution} />
        </aside>
      </div>

      {solution.related.length > 0 && (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">{t('solution.related')}</h2>
          <ul className="card-grid">
            {solution.related.map((related) => (
              <li key={related.id}>
                <SolutionCard solution={related} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Text as the author wrote it, one paragraph per blank-line-separated block. */
function Paragraphs({ text, lang, dir }: { text: string; lang: string; dir: string }) {
  return (
    <div lang={lang} dir={dir} className="prose">
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}

/** Who paid what: a table, because readers compare amounts and years across funders. */
function Funders({ solution }: { solution: SolutionDetail }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number, currency: string) => {
    try {
      return new Intl.NumberFormat(i18n.language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        amount,
      );
    } catch {
      return `${amount} ${currency}`;
    }
  };
  if (solution.funders.length === 0) return null;
  return (
    <section aria-labelledby="funders-heading">
      <h2 id="funders-heading">{t('solution.funders')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="funders-caption" tabIndex={0}>
        <table className="data-table funders-table">
          <caption id="funders-caption" className="visually-hidden">
            {t('solution.funder.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('solution.funder.name')}</th>
              <th scope="col">{t('solution.funder.type')}</th>
              <th scope="col">{t('solution.funder.amount')}</th>
              <th scope="col">{t('solution.funder.year')}</th>
            </tr>
          </thead>
          <tbody>
            {solution.funders.map((f, i) => (
              <tr key={i}>
                <th scope="row" dir="auto">
                  {f.organization ? <Link to={`/partners/${f.organization.slug}`}>{f.name}</Link> : f.name}
                </th>
                <td>{t(`organizationType.${f.type}`)}</td>
                <td>{f.amount !== null && f.currency ? money(f.amount, f.currency) : t('solution.funder.notSaid')}</td>
                <td>{f.year ?? t('solution.funder.notSaid')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Facts({ solution }: { solution: SolutionDetail }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const { byIso2, name: countryName } = countries;
  const sdgs = useSdgs();
  const formatDate = useFormatDate();
  const content = contentLangProps(solution.language);
  const groups = [
    solution.ldc && t('countryGroup.ldc'),
    solution.lldc && t('countryGroup.lldc'),
    solution.sids && t('countryGroup.sids'),
  ].filter(Boolean);

  const map = useMemo(() => {
    const fills = new Map<string, string>();
    const titles = new Map<string, string>();
    for (const { country, role } of solution.countries) {
      const m49 = byIso2.get(country)?.m49;
      if (!m49 || fills.has(m49)) continue;
      fills.set(m49, ROLE_COLORS[role]);
      titles.set(m49, `${countryName(country)}: ${t(`countryRole.${role}`)}`);
    }
    return { fills, titles };
  }, [solution.countries, byIso2, countryName, t]);

  return (
    <>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('solution.atAGlance')}</h2>
        <dl className="facts">
          <dt>{t('solution.status')}</dt>
          <dd>{t(`projectStatus.${solution.projectStatus}`)}</dd>
          <dt>{t('solution.period')}</dt>
          <dd>
            {solution.endYear
              ? t('solution.yearRange', { start: solution.startYear, end: solution.endYear })
              : t('solution.since', { start: solution.startYear })}
          </dd>
          <dt>{t('solution.modality')}</dt>
          <dd>{t(`modality.${solution.modality}`)}</dd>
          {solution.budgetRange && (
            <>
              <dt>{t('solution.budget')}</dt>
              <dd>{t(`budgetRange.${solution.budgetRange}`)}</dd>
            </>
          )}
          {solution.beneficiaries && (
            <>
              <dt>{t('solution.beneficiaries')}</dt>
              <dd {...content}>{solution.beneficiaries}</dd>
            </>
          )}
          {solution.themes.length > 0 && (
            <>
              <dt>{t('solution.themes')}</dt>
              <dd>{solution.themes.map((theme) => t(`theme.${theme}`)).join(t('common.listSeparator'))}</dd>
            </>
          )}
          {groups.length > 0 && (
            <>
              <dt>{t('solution.countryGroups')}</dt>
              <dd>{groups.join(t('common.listSeparator'))}</dd>
            </>
          )}
          <dt>{t('solution.language')}</dt>
          <dd>{t(`contentLanguage.${solution.language}`)}</dd>
        </dl>
      </section>

      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading">{t('solution.countries')}</h2>
        <div className="solution-map">
          <LazyWorldMap label={t('solution.mapLabel')} fills={map.fills} titles={map.titles} zoom />
        </div>
        <dl className="roles">
          {COUNTRY_ROLES.map((role) => {
            const list = solution.countries.filter((c) => c.role === role);
            if (list.length === 0) return null;
            return (
              <div key={role}>
                <dt>
                  <span className="map-swatch" style={{ background: ROLE_COLORS[role] }} aria-hidden="true" />
                  {t(`countryRoles.${role}`, { count: list.length })}
                </dt>
                <dd>
                  <ul className="inline-list">
                    {list.map(({ country }) => (
                      <li key={country}>
                        <Link to={`/solutions?country=${country}`}>{countries.name(country)}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      {solution.sdgTargets.length > 0 && (
        <section aria-labelledby="targets-heading">
          <h2 id="targets-heading">{t('solution.targets')}</h2>
          <ul className="targets">
            {solution.sdgTargets.map((target) => (
              <li key={target}>
                <Link to={`/solutions?target=${target}`} className="target-id">
                  <span className="visually-hidden">{t('solution.target')} </span>
                  {target}
                </Link>{' '}
                <span>{sdgs.targetTitle(target)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {solution.organizations.length > 0 && (
        <section aria-labelledby="orgs-heading">
          <h2 id="orgs-heading">{t('solution.organizations')}</h2>
          <ul className="org-list">
            {solution.organizations.map((org) => (
              <li key={org.id}>
                <Link to={`/partners/${org.slug}`} dir="auto">
                  {org.name}
                </Link>
                {org.acronym && ` (${org.acronym})`}
                <span className="org-meta">
                  {t(`organizationRole.${org.role}`)} · {t(`organizationType.${org.type}`)}
                  {org.country && ` · ${countries.name(org.country)}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Funders solution={solution} />

      {solution.contacts.length > 0 && (
        <section aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{t('solution.contacts')}</h2>
          <ul className="contacts">
            {solution.contacts.map((contact, i) => (
              <li key={i}>
                <strong>{contact.name}</strong>
                {contact.role && <span>, {contact.role}</span>}
                {contact.organization && <span className="org-meta">{contact.organization}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {solution.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{t('solution.links')}</h2>
          <ul className="links">
            {solution.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer" {...content}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="source-heading" className="source">
        <h2 id="source-heading">{t('solution.source')}</h2>
        <p dir="auto">{solution.source}</p>
        {solution.lastVerifiedAt && (
          <p className="muted">{t('solution.lastVerified', { date: formatDate(solution.lastVerifiedAt) })}</p>
        )}
        {solution.replicatedFrom && (
          <p>
            {t('solution.replicates')}{' '}
            <Link to={`/solutions/${solution.replicatedFrom.slug}`} dir="auto">
              {solution.replicatedFrom.title}
            </Link>
          </p>
        )}
        {solution.replications > 0 && <p>{t('solution.replications', { count: solution.replications })}</p>}
      </section>
    </>
  );
}
