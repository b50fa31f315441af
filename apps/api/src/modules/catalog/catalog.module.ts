import { Module } from '@nestjs/common';
import { SolutionsDataModule } from '../solutions/solutions-data.module';
import { CatalogWriter } from './catalog-writer';
import { SearchDocuments } from './search-documents';
import { SearchIndexes } from './search-indexes';
import { SearchSync } from './search-sync';

/** Writing the catalog and keeping the search read model in step with it. */
@Module({
  imports: [SolutionsDataModule],
  providers: [CatalogWriter, SearchDocuments, SearchIndexes, SearchSync],
  exports: [CatalogWriter, SearchDocuments, SearchIndexes, SearchSync],
})
export class CatalogModule {}
