import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
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
class SolutionIdOrSlugParamDto extends createZodDto(IdOrSlugParamSchema) {}

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

  @Get(':idOrSlug')
  @ApiOkResponse({ type: SolutionDetailDto })
  get(@Param() { idOrSlug }: SolutionIdOrSlugParamDto) {
    return this.solutions.findPublished(idOrSlug);
  }
}
