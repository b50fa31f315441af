import { Module } from '@nestjs/common';
import { SolutionRevisionsRepository } from './solution-revisions.repository';
import { SolutionsRepository } from './solutions.repository';

/**
 * The solutions aggregate's repositories, on their own so that every module that reads or writes a
 * solution (catalog writer, curation, IATI, stats) imports them without importing the solutions
 * feature module (which imports the catalog: a cycle).
 */
@Module({
  providers: [SolutionsRepository, SolutionRevisionsRepository],
  exports: [SolutionsRepository, SolutionRevisionsRepository],
})
export class SolutionsDataModule {}
