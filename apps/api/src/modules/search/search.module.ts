import { Module } from '@nestjs/common';
import { SearchDocuments } from './search-documents.repository';
import { SearchOutboxRepository } from './search-outbox.repository';
import { SearchIndexes } from './search-indexes';
import { SearchQueries } from './search-query';
import { SearchSync } from './search-sync';

/**
 * The search read model: document builders, index settings, the outbox indexer and reconciler.
 * The Meilisearch clients and the circuit breaker (MEILI, MEILI_ADMIN, SEARCH_HEALTH) are global
 * providers of the app's core module, built with this module's factories (see index.ts).
 */
@Module({
  providers: [SearchDocuments, SearchIndexes, SearchOutboxRepository, SearchQueries, SearchSync],
  exports: [SearchDocuments, SearchIndexes, SearchQueries, SearchSync],
})
export class SearchModule {}
