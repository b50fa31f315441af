import { Module } from '@nestjs/common';
import { SearchDeadLettersController } from './search-dead-letters.controller';
import { SearchDeadLettersRepository } from './search-dead-letters.repository';

/** What operators see and do: the search-sync dead letters. */
@Module({
  controllers: [SearchDeadLettersController],
  providers: [SearchDeadLettersRepository],
})
export class OperationsModule {}
