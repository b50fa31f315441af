import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  IdOrSlugParamSchema,
  OrganizationDetailSchema,
  OrganizationSearchQuerySchema,
  OrganizationSearchResultSchema,
} from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { OrganizationsService } from './organizations.service';

class OrganizationSearchQueryDto extends createZodDto(OrganizationSearchQuerySchema) {}
class OrganizationSearchResultDto extends createZodDto(OrganizationSearchResultSchema) {}
class OrganizationDetailDto extends createZodDto(OrganizationDetailSchema) {}
class OrganizationIdOrSlugParamDto extends createZodDto(IdOrSlugParamSchema) {}

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

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
