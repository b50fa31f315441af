/**
 * The demo data: hand-written entries about real initiatives, the generator of the rest of the demo
 * catalog, and the labelled needs that measure suggestion quality. Data, not server code: only the
 * seed (`dist/apps/api/seed.js`, loaded when an empty database is seeded), the benchmarks and the
 * evaluation load it, so the server's bundle does not carry it.
 */
export { DEFAULT_SEED, generateCatalog, SOURCE, type GenerateCatalogOptions, type GeneratedCatalog } from './generator';
export { LABELLED_NEEDS, type LabelledNeed } from './labelled-needs';
export { REAL_INITIATIVES } from './real-initiatives';

/** The size of the demo catalog that `npm start` seeds (and the evaluation measures on). */
export const SEED_SIZE = { solutions: 1_000, organizations: 620, seed: 2026 } as const;
export { generatedSolutionTopics } from './generator';
export {
  LABELLED_SEARCH_QUERIES,
  REAL_INITIATIVE_TOPICS,
  relevantSolutions,
  type Grade,
  type LabelledSearchQuery,
  type SearchQueryKind,
  type SearchQueryLang,
} from './search-queries';
