import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  DeadLetterParamSchema,
  DeadLetterRetriedSchema,
  SearchDeadLettersQuerySchema,
  SearchDeadLettersSchema,
} from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { AppError } from '../../common/app-error';
import { StaffOnly } from '../../common/auth';
import { SearchDeadLettersRepository } from './search-dead-letters.repository';

class QueryDto extends createZodDto(SearchDeadLettersQuerySchema) {}
class ParamDto extends createZodDto(DeadLetterParamSchema) {}
class DeadLettersDto extends createZodDto(SearchDeadLettersSchema) {}
class RetriedDto extends createZodDto(DeadLetterRetriedSchema) {}

/** Search-sync rows the indexer gave up on, for staff to see and send again. */
@ApiTags('operations')
@Controller('admin/search-dead-letters')
@StaffOnly()
export class SearchDeadLettersController {
  constructor(private readonly deadLetters: SearchDeadLettersRepository) {}

  @Get()
  @ApiOkResponse({ type: DeadLettersDto, description: 'Newest first: what failed, why, when, after how many attempts' })
  list(@Query() { page, pageSize }: QueryDto) {
    return this.deadLetters.list(page, pageSize);
  }

  @Post('retry')
  @HttpCode(200)
  @ApiOkResponse({ type: RetriedDto, description: 'Every dead row is queued again' })
  async retryAll() {
    return { retried: await this.deadLetters.retry() };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: RetriedDto, description: 'The row is queued again' })
  async retryOne(@Param() { id }: ParamDto) {
    const retried = await this.deadLetters.retry(id);
    if (!retried) throw AppError.notFound('Dead letter');
    return { retried };
  }
}
