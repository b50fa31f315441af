import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  IdOrSlugParamSchema,
  OrganizationDetailSchema,
  OrganizationSearchQuerySchema,
  OrganizationSearchResultSchema,
  SimilarOrganizationsQuerySchema,
  SimilarOrganizationsSchema,
} from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { OrganizationsService } from './organizations.service';

class OrganizationSearchQueryDto extends createZodDto(OrganizationSearchQuerySchema) {}
class OrganizationSearchResultDto extends createZodDto(OrganizationSearchResultSchema) {}
class OrganizationDetailDto extends createZodDto(OrganizationDetailSchema) {}
class OrganizationIdOrSlugParamDto extends createZodDto(IdOrSlugParamSchema) {}
class SimilarQueryDto extends createZodDto(SimilarOrganizationsQuerySchema) {}
class SimilarDto extends createZodDto(SimilarOrganizationsSchema) {}

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  /** Before registering: organizations already here under the same or a close name. */
  @Get('similar')
  @ApiOkResponse({
    type: SimilarDto,
    description: 'Same name (case, accents, punctuation aside) first, then close ones',
  })
  similar(@Query() { name }: SimilarQueryDto) {
    return this.organizations.similar(name);
  }

  @Get()
  @ApiOkResponse({ type: OrganizationSearchResultDto, description: 'Partner organizations with facet counts' })
  list(@Query() query: OrganizationSearchQueryDto) {
    return this.organizations.search(query);
  }

  @Get(':idOrSlug')
  @ApiOkResponse({ type: OrganizationDetailDto, description: 'A partner organization with its published solutions' })
  get(@Param() { idOrSlug }: OrganizationIdOrSlugParamDto) {
    return this.organizations.findOne(idOrSlug);
  }
}
