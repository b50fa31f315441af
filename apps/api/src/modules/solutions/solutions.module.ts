import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { IatiModule } from '../iati/iati.module';
import { SolutionsSearchService } from './solutions-search.service';
import { SolutionsController } from './solutions.controller';
import { SolutionsRepository } from './solutions.repository';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [CatalogModule, IatiModule],
  controllers: [SolutionsController],
  providers: [SolutionsService, SolutionsSearchService, SolutionsRepository],
})
export class SolutionsModule {}
