import { Module } from '@nestjs/common';
import { CatalogModule } from '../solutions';
import { CurationModule } from '../curation';
import { SolutionsDataModule } from '../solutions';
import { IatiController } from './iati.controller';
import { IatiExport } from './iati-export';
import { IatiImport } from './iati-import';
import { IatiRepository } from './iati.repository';

/** IATI 2.03 activity files: export of published solutions, import of activities as drafts. */
@Module({
  imports: [CatalogModule, CurationModule, SolutionsDataModule],
  controllers: [IatiController],
  providers: [IatiExport, IatiImport, IatiRepository],
  exports: [IatiExport],
})
export class IatiModule {}
