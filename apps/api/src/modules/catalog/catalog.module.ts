import { Module } from '@nestjs/common';
import { SearchModule } from '../search';
import { SolutionsDataModule } from '../solutions/solutions-data.module';
import { CatalogWriter } from './catalog-writer';

/** Writing the catalog; the search read model it feeds is the search module's (re-exported here). */
@Module({
  imports: [SolutionsDataModule, SearchModule],
  providers: [CatalogWriter],
  exports: [CatalogWriter, SearchModule],
})
export class CatalogModule {}
