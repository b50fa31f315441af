import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ExportQuerySchema,
  IdOrSlugParamSchema,
  SolutionDetailSchema,
  SolutionSearchQuerySchema,
  SolutionSearchResultSchema,
} from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { SolutionsSearchService } from './solutions-search.service';
import { SolutionsService } from './solutions.service';

class SolutionSearchQueryDto extends createZodDto(SolutionSearchQuerySchema) {}
class SolutionSearchResultDto extends createZodDto(SolutionSearchResultSchema) {}
class SolutionDetailDto extends createZodDto(SolutionDetailSchema) {}
class ExportQueryDto extends createZodDto(ExportQuerySchema) {}
class IdOrSlugParamDto extends createZodDto(IdOrSlugParamSchema) {}

@ApiTags('solutions')
@Controller('solutions')
export class SolutionsController {
  constructor(
    private readonly search: SolutionsSearchService,
    private readonly solutions: SolutionsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: SolutionSearchResultDto, description: 'Published solutions with facet counts' })
  list(@Query() query: SolutionSearchQueryDto) {
    return this.search.search(query);
  }

  @Get('export')
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({ description: 'Every published solution matching the filters, streamed (open data)' })
  async export(@Query() query: ExportQueryDto): Promise<StreamableFile> {
    const csv = query.format === 'csv';
    return new StreamableFile(await this.solutions.export(query), {
      type: csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="galaxy-solutions.${query.format}"`,
    });
  }

  @Get(':idOrSlug')
  @ApiOkResponse({ type: SolutionDetailDto })
  get(@Param() { idOrSlug }: IdOrSlugParamDto) {
    return this.solutions.findPublished(idOrSlug);
  }
}
