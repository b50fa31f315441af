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
import { iatiFile } from '../iati/iati.controller';
import { IatiExport } from '../iati/iati-export';
import { SolutionsSearchService } from './solutions-search.service';
import { SolutionsService } from './solutions.service';

class SolutionSearchQueryDto extends createZodDto(SolutionSearchQuerySchema) {}
class SolutionSearchResultDto extends createZodDto(SolutionSearchResultSchema) {}
class SolutionDetailDto extends createZodDto(SolutionDetailSchema) {}
class ExportQueryDto extends createZodDto(ExportQuerySchema) {}
class SolutionIdOrSlugParamDto extends createZodDto(IdOrSlugParamSchema) {}

@ApiTags('solutions')
@Controller('solutions')
export class SolutionsController {
  constructor(
    private readonly search: SolutionsSearchService,
    private readonly solutions: SolutionsService,
    private readonly iati: IatiExport,
  ) {}

  @Get()
  @ApiOkResponse({ type: SolutionSearchResultDto, description: 'Published solutions with facet counts' })
  list(@Query() query: SolutionSearchQueryDto) {
    return this.search.search(query);
  }

  @Get('export')
  @ApiProduces('text/csv', 'application/json', 'application/xml')
  @ApiOkResponse({
    description:
      'Every published solution matching the filters, streamed (open data): CSV, a JSON array, or (format=iati) IATI 2.03 activities XML',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/json': { schema: { type: 'array', items: { type: 'object' } } },
      'application/xml': { schema: { type: 'string', description: 'IATI 2.03 <iati-activities> (docs/iati.md)' } },
    },
  })
  async export(@Query() query: ExportQueryDto): Promise<StreamableFile> {
    if (query.format === 'iati') return iatiFile(this.iati.activities(query), 'galaxy-solutions-iati.xml');
    const csv = query.format === 'csv';
    return new StreamableFile(await this.solutions.export(query), {
      type: csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="galaxy-solutions.${query.format}"`,
    });
  }

  @Get(':idOrSlug')
  @ApiOkResponse({ type: SolutionDetailDto })
  get(@Param() { idOrSlug }: SolutionIdOrSlugParamDto) {
    return this.solutions.findPublished(idOrSlug);
  }
}
