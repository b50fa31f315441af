import { Module } from '@nestjs/common';
import { IatiModule } from '../iati';
import { SolutionsModule } from '../solutions';
import { ExportsController } from './exports.controller';

@Module({
  imports: [SolutionsModule, IatiModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
