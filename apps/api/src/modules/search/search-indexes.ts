import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Meilisearch, Settings } from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { MEILI, MEILI_ADMIN, ensureMeiliKeys, succeeded } from './meili.provider';

export type IndexKind = 'solutions' | 'organizations' | 'listings';
export const INDEX_KINDS: readonly IndexKind[] = ['solutions', 'organizations', 'listings'];

/**
 * Words that carry no topic of their own. Meilisearch splits the Arabic article from its word
 * (التطعيم → ال + تطعيم), and without this the article alone matched every Arabic text and
 * every country name in Arabic: a search for vaccination returned two thirds of the catalog.
 */
const STOP_WORDS = ['ال'];

/** Index settings live in code and are applied before any document is added. */
export const INDEX_SETTINGS: Record<IndexKind, Settings> = {
  solutions: {
    searchableAttributes: [
      'title',
      'subtitle',
      'summary',
      'organizationNames',
      'countryNames',
      'sdgTargets',
      'challenge',
      'towardsSolution',
      'resultsImpact',
    ],
    filterableAttributes: [
      'id',
      'sdgs',
      'sdgTargets',
      'countries',
      'regions',
      'ldc',
      'lldc',
      'sids',
      'modality',
      'themes',
      'language',
      'projectStatus',
      'organizationTypes',
      'startYear',
      'funderTypes',
    ],
    sortableAttributes: ['publishedAt', 'titleSort', 'startYear'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: STOP_WORDS,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    synonyms: {
      solar: ['photovoltaic', 'pv'],
      photovoltaic: ['solar'],
      wash: ['water', 'sanitation', 'hygiene'],
      ict: ['digital'],
      'e-government': ['digital government'],
      smallholder: ['small-scale farmer'],
    },
    faceting: { maxValuesPerFacet: 300 },
    // Facet values are listed, never searched: skip building the facet-search structures.
    facetSearch: false,
    pagination: { maxTotalHits: 200_000 },
  },
  organizations: {
    searchableAttributes: ['name', 'acronym', 'description', 'countryNames'],
    filterableAttributes: ['id', 'type', 'countries', 'regions', 'expertiseSdgs', 'verification'],
    sortableAttributes: ['nameSort', 'solutionCount'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: STOP_WORDS,
    faceting: { maxValuesPerFacet: 300 },
    facetSearch: false,
    pagination: { maxTotalHits: 100_000 },
  },
  // Needs and offers together; `kind` tells them apart, `visibility` is filtered per caller.
  listings: {
    searchableAttributes: ['title', 'text', 'organizationName', 'countryNames', 'sdgTargets'],
    filterableAttributes: [
      'id',
      'kind',
      'sdgs',
      'sdgTargets',
      'countries',
      'regions',
      'modalities',
      'languages',
      'visibility',
      'status',
      'organizationId',
      'createdAt',
    ],
    sortableAttributes: ['createdAt'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: STOP_WORDS,
    faceting: { maxValuesPerFacet: 300 },
    facetSearch: false,
    pagination: { maxTotalHits: 100_000 },
  },
};

/**
 * Names of the live indexes (with the configured prefix) and the settings to apply. `client` holds
 * a search-only key (readers); `admin` an admin key limited to our indexes (indexer, reindex, reconcile).
 */
@Injectable()
export class SearchIndexes implements OnApplicationBootstrap, OnApplicationShutdown {
  private keysReady?: Promise<void>;
  private keysRetry?: NodeJS.Timeout;

  constructor(
    @Inject(MEILI) readonly client: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEILI_ADMIN) readonly admin: Meilisearch,
  ) {}

  /**
   * Every process makes sure the keys exist, not only those running the indexer: searches need the
   * search key. While Meilisearch cannot be reached, tried again every few seconds.
   */
  onApplicationBootstrap(): void {
    const attempt = () =>
      void this.ensureKeys().catch(() => {
        this.keysRetry = setTimeout(attempt, 5_000);
        this.keysRetry.unref();
      });
    attempt();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.keysRetry);
  }

  /** Creates the derived search and admin keys when missing (once per process, again after a failure). */
  ensureKeys(): Promise<void> {
    this.keysReady ??= ensureMeiliKeys(this.config).catch((error: unknown) => {
      this.keysReady = undefined;
      throw error;
    });
    return this.keysReady;
  }

  /** Whether Meilisearch answers its health check (through the search client and its circuit breaker). */
  reachable(): Promise<boolean> {
    return this.client.health().then(
      () => true,
      () => false,
    );
  }

  name(kind: IndexKind): string {
    return `${this.config.SEARCH_INDEX_PREFIX}${kind}`;
  }

  /** The live index, for reading. */
  index(kind: IndexKind) {
    return this.client.index(this.name(kind));
  }

  /** The live index, for writing. */
  adminIndex(kind: IndexKind) {
    return this.admin.index(this.name(kind));
  }

  /** Creates the index when missing and applies its settings, waiting until both are done. */
  async ensure(kind: IndexKind, uid = this.name(kind)): Promise<void> {
    await this.ensureKeys();
    const exists = await this.admin
      .getIndex(uid)
      .then(() => true)
      .catch(() => false);
    if (!exists) await succeeded(this.admin.createIndex(uid, { primaryKey: 'id' }), 60_000);
    await succeeded(this.admin.index(uid).updateSettings(INDEX_SETTINGS[kind]), 120_000);
  }
}
