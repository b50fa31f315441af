// The solutions module's public interface: other modules import only what is exported here.
export { CatalogWriter } from './catalog-writer';
export { CatalogModule } from './catalog.module';
export { planImport, readRecords, runImport, type ImportPlan } from './importer';
export { COUNTRY_REGION_PAIRS } from './solution-filters';
export { SolutionRevisionsRepository, type RevisionRecord } from './solution-revisions.repository';
export { type SolutionEntity } from './solution.entity';
export { SolutionsDataModule } from './solutions-data.module';
export { SolutionsModule } from './solutions.module';
export { SolutionsService } from './solutions.service';
export { SolutionsRepository, type WorkflowSolution } from './solutions.repository';
