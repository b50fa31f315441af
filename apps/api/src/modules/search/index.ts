/**
 * The search module's public interface: what other modules, the composition root, the CLI, the
 * benchmarks and the tests may use. Import from here, never from a file of the module; nothing
 * outside this module imports `meilisearch`.
 */
export { SearchModule } from './search.module';

// Writes: queue what changed, in the writer's transaction (the dependency rules live here).
export { enqueueOwnDocuments, enqueueSearchSync, SearchOutboxRepository } from './search-outbox.repository';
export { SearchOutboxEntity, type OutboxEntity } from './search-outbox.entity';

// Documents: what the index holds, and the derivations shared with the write side.
export { SearchDocuments } from './search-documents.repository';
export {
  deriveGeography,
  SOLUTION_DOCUMENT_COLUMNS,
  toSolutionDocument,
  type ListingDocument,
  type OrganizationDocument,
  type SolutionDocument,
  type SolutionRow,
} from './search-documents';

// Queries: one request shape for every searcher, its filters and highlights.
export { SearchQueries, toMultiSearch, type SearchRequest, type SearchResponse } from './search-query';
export { meiliAnyOf, meiliCompare, meiliFilter } from './meili-filter';
export { escapeHtml, POST, PRE, safeHighlight } from './highlight';

// Indexes, sync, health.
export { INDEX_KINDS, SearchIndexes, type IndexKind } from './search-indexes';
export { SearchSync, type ReindexReport } from './search-sync';
export { SEARCH_HEALTH, SearchHealth, SearchUnavailableError } from './search-health';
export { createMeiliClient, meiliKeys, MEILI, MEILI_ADMIN } from './meili.provider';
