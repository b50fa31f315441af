import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { IatiModule } from '../iati/iati.module';
import { SolutionsSearchRepository } from './solutions-search.repository';
import { SolutionsSearchService } from './solutions-search.service';
import { SolutionsController } from './solutions.controller';
import { SolutionsDataModule } from './solutions-data.module';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [CatalogModule, IatiModule, SolutionsDataModule],
  controllers: [SolutionsController],
  providers: [SolutionsService, SolutionsSearchService, SolutionsSearchRepository],
})
export class SolutionsModule {}
