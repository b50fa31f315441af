import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { StatsSchema, type Stats } from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { StatsService } from './stats.service';

class StatsDto extends createZodDto(StatsSchema) {}

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly service: StatsService) {}

  /** Counts of published solutions by SDG, region, country, modality and year; organizations by type. */
  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOkResponse({ type: StatsDto })
  stats(): Promise<Stats> {
    return this.service.stats();
  }
}
