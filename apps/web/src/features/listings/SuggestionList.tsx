import type { Reason, Suggestion } from '@galaxy/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatNumber } from '../../app/format';
import { useRegions, useSdgs } from '../../app/useReference';
import { LoadError, Loading } from '../../components/QueryStatus';
import { listingQueries } from './listing-queries';
import './listings.css';

interface SuggestionListProps {
  needId: string;
  /**
   * Slot for an action on each suggestion, e.g. the broker's "Shortlist" button for staff (added
   * by the matches feature). Rendered at the end of each item.
   */
  renderAction?: (s: Suggestion) => ReactNode;
  /** The level of the list's own heading; items get the next one. */
  headingLevel?: 2 | 3;
}

/** Where a suggestion leads: the partner, the solution or the offer. */
export function suggestionHref(s: Suggestion): string {
  switch (s.kind) {
    case 'organization':
      return `/partners/${s.organization.slug}`;
    case 'solution':
      return `/solutions/${s.id}`;
    case 'offer':
      return `/offers/${s.id}`;
  }
}

/** A reason in the UI language, from its code and values (the API's English text is not shown). */
export function useReasonText(): (reason: Reason) => string {
  const { t } = useTranslation();
  const sdgs = useSdgs();
  const regions = useRegions();
  const format = useFormatNumber();
  const join = (items: string[]) => items.join(t('common.listSeparator'));
  return (reason) => {
    const v = reason.values;
    switch (reason.code) {
      case 'shared_targets':
        return t('listings.reason.shared_targets', { values: join(v) });
      case 'shared_goals':
        return t('listings.reason.shared_goals', {
          values: join(v.map((g) => `${g}. ${sdgs.goalName(Number(g))}`)),
        });
      case 'same_subregion':
      case 'same_region':
        return t(`listings.reason.${reason.code}`, { values: join(v.map((r) => regions.name(r))) });
      case 'shared_language':
        return t('listings.reason.shared_language', { values: join(v.map((l) => t(`contentLanguage.${l}`))) });
      case 'modality_fit':
        return t('listings.reason.modality_fit', { values: join(v.map((m) => t(`listings.modality.${m}`))) });
      case 'track_record':
        return t('listings.reason.track_record', { count: Number(v[0] ?? 0) });
      case 'verified':
        return t(`verification.${v[0] ?? 'staff'}`);
      case 'text_relevance':
        return t('listings.reason.text_relevance', { score: format(Math.round(Number(v[0] ?? 0) * 100)) });
      case 'eligible':
        return t('listings.reason.eligible');
      default:
        return reason.text;
    }
  };
}

/**
 * Providers suggested for a need, best first, each with its score and the reasons behind it.
 * Shown to the need's organization and to staff.
 */
export function SuggestionList({ needId, renderAction, headingLevel = 2 }: SuggestionListProps) {
  const { t } = useTranslation();
  const query = useQuery(listingQueries.suggestions(needId));
  const reasonText = useReasonText();
  const format = useFormatNumber();
  const sdgs = useSdgs();
  const Heading = `h${headingLevel}` as const;
  const ItemHeading = `h${headingLevel + 1}` as 'h3' | 'h4';

  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <Heading id="suggestions-heading">{t('listings.suggestions.heading')}</Heading>
      <p className="field-hint">{t('listings.suggestions.lead')}</p>
      {query.isPending && <Loading />}
      {query.isError && <LoadError onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && <p className="empty-state">{t('listings.suggestions.none')}</p>}
      {query.data && query.data.length > 0 && (
        <ol className="plain-list suggestion-list">
          {query.data.map((s) => (
            <li key={`${s.kind}-${s.id}`} className="suggestion">
              <div className="suggestion-head">
                <span className={`badge badge-neutral suggestion-kind suggestion-kind-${s.kind}`}>
                  {t(`listings.suggestions.kind.${s.kind}`)}
                </span>
                <ItemHeading className="suggestion-title" dir="auto">
                  <Link to={suggestionHref(s)}>{s.title}</Link>
                </ItemHeading>
                <span className="suggestion-score">
                  {t('listings.suggestions.score', { score: format(Math.round(s.score)) })}
                </span>
              </div>
              {s.kind !== 'organization' && (
                <p className="card-meta-line">
                  {t('listings.suggestions.by')}{' '}
                  <Link to={`/partners/${s.organization.slug}`}>{s.organization.name}</Link>
                </p>
              )}
              {s.reasons.length > 0 && (
                <div className="suggestion-reasons">
                  <p className="suggestion-why">{t('listings.suggestions.why', { count: s.reasons.length })}</p>
                  <ul>
                    {s.reasons.map((reason) => (
                      <li key={reason.code}>
                        <span
                          title={
                            reason.code === 'shared_targets'
                              ? reason.values.map((id) => `${id} ${sdgs.targetTitle(id) ?? ''}`).join('\n')
                              : undefined
                          }
                        >
                          {reasonText(reason)}
                        </span>{' '}
                        <span className="reason-points">
                          {t('listings.suggestions.points', { points: format(reason.points) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {renderAction && <div className="suggestion-action">{renderAction(s)}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
