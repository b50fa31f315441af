import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { SolutionsSearchService } from './solutions-search.service';
import { SolutionsController } from './solutions.controller';
import { SolutionsRepository } from './solutions.repository';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [CatalogModule],
  controllers: [SolutionsController],
  providers: [SolutionsService, SolutionsSearchService, SolutionsRepository],
})
export class SolutionsModule {}
