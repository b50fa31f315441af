import { Module } from '@nestjs/common';
import { CatalogModule } from './catalog.module';
import { SolutionsSearchRepository } from './solutions-search.repository';
import { SolutionsSearchService } from './solutions-search.service';
import { SolutionsController } from './solutions.controller';
import { SolutionsDataModule } from './solutions-data.module';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [CatalogModule, SolutionsDataModule],
  controllers: [SolutionsController],
  providers: [SolutionsService, SolutionsSearchService, SolutionsSearchRepository],
  exports: [SolutionsService],
})
export class SolutionsModule {}
