import { Injectable } from '@nestjs/common';
import type { MultiSearchParams, MultiSearchQuery } from 'meilisearch';
import { POST, PRE } from './highlight';
import { SearchIndexes, type IndexKind } from './search-indexes';

/**
 * One search over one index, as every searcher describes it: text, filters, facets (those chosen
 * are counted without their own choice, so their other values say what choosing them would add),
 * sort, page, fields and highlights. `toMultiSearch` turns it into Meilisearch's request.
 */
export interface SearchRequest<F extends string> {
  index: IndexKind;
  q?: string;
  /** The filter clauses (built with meiliFilter / meiliAnyOf / meiliCompare), without one facet's own choice when named. */
  filter: (without?: F) => string[];
  /** Facet name → index attribute. */
  facets: Record<F, string>;
  /** Facets in which something is chosen: each gets a facet-only query without its own choice. */
  chosen?: readonly F[];
  sort?: string[];
  page: number;
  pageSize: number;
  retrieve?: string[];
  /** Attributes to highlight when there is a text (with the module's safe marks). */
  highlight?: string[];
}

export interface SearchResponse<D, F extends string> {
  hits: (D & { _formatted?: Partial<D> })[];
  total: number;
  facets: Record<F, Record<string, number>>;
}

/** The Meilisearch multi-search for a request: the page first, then one facet-only query per chosen facet. */
export function toMultiSearch<F extends string>(request: SearchRequest<F>, indexUid: string): MultiSearchParams {
  const q = request.q ?? '';
  const main: MultiSearchQuery = {
    indexUid,
    q,
    filter: request.filter(),
    facets: Object.values(request.facets),
    page: request.page,
    hitsPerPage: request.pageSize,
    sort: request.sort,
    ...(request.retrieve ? { attributesToRetrieve: request.retrieve } : {}),
    ...(request.highlight
      ? { attributesToHighlight: q ? request.highlight : [], highlightPreTag: PRE, highlightPostTag: POST }
      : {}),
  };
  return {
    queries: [
      main,
      ...(request.chosen ?? []).map((name) => ({
        indexUid,
        q,
        filter: request.filter(name),
        facets: [request.facets[name]],
        hitsPerPage: 0,
        page: 1,
      })),
    ],
  };
}

/** Runs search requests against Meilisearch (the read key); callers fall back to SQL when it throws. */
@Injectable()
export class SearchQueries {
  constructor(private readonly indexes: SearchIndexes) {}

  async search<D, F extends string>(request: SearchRequest<F>): Promise<SearchResponse<D, F>> {
    const chosen = request.chosen ?? [];
    const { results } = await this.indexes.client.multiSearch(toMultiSearch(request, this.indexes.name(request.index)));
    const [first, ...others] = results;
    const distribution: Record<string, Record<string, number>> = { ...(first.facetDistribution ?? {}) };
    chosen.forEach((name, i) => {
      distribution[request.facets[name]] = others[i].facetDistribution?.[request.facets[name]] ?? {};
    });
    const names = Object.keys(request.facets) as F[];
    return {
      hits: first.hits as unknown as SearchResponse<D, F>['hits'],
      total: Number((first as { totalHits?: number }).totalHits ?? 0),
      facets: Object.fromEntries(names.map((name) => [name, distribution[request.facets[name]] ?? {}])) as Record<
        F,
        Record<string, number>
      >,
    };
  }

  /**
   * Candidates by relevance: for each query, the ids of the best hits with Meilisearch's ranking
   * score (0-1), matching as many of the words as it can (`last`). For matchmaking.
   */
  async ranked(
    queries: readonly { index: IndexKind; q: string; filter: string[]; limit: number }[],
  ): Promise<{ id: string; score: number }[][]> {
    const { results } = await this.indexes.client.multiSearch({
      queries: queries.map((query) => ({
        indexUid: this.indexes.name(query.index),
        q: query.q,
        filter: query.filter,
        limit: query.limit,
        showRankingScore: true,
        matchingStrategy: 'last' as const,
        attributesToRetrieve: ['id'],
      })),
    });
    return results.map((result) =>
      (result.hits as { id: string; _rankingScore?: number }[]).map((hit) => ({
        id: hit.id,
        score: hit._rankingScore ?? 0,
      })),
    );
  }

  /** The index's name with this process's prefix (for benchmarks that send the same request themselves). */
  indexName(kind: IndexKind): string {
    return this.indexes.name(kind);
  }
}
