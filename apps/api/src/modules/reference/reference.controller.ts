import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CountryRefSchema, LangQuerySchema, RegionRefSchema, SdgGoalSchemaOut } from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ReferenceService } from './reference.service';

class LangQueryDto extends createZodDto(LangQuerySchema) {}
class SdgListDto extends createZodDto(z.array(SdgGoalSchemaOut)) {}
class CountryListDto extends createZodDto(z.array(CountryRefSchema)) {}
class RegionListDto extends createZodDto(z.array(RegionRefSchema)) {}

const CACHE = 'public, max-age=3600';

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('sdgs')
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: SdgListDto, description: 'The 17 SDGs, each with its targets' })
  sdgs(@Query() { lang }: LangQueryDto) {
    return this.reference.sdgs(lang);
  }

  @Get('countries')
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: CountryListDto, description: 'M49 countries or areas, sorted by name' })
  countries(@Query() { lang }: LangQueryDto) {
    return this.reference.countries(lang);
  }

  @Get('regions')
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: RegionListDto, description: 'M49 regions, sub-regions and intermediate regions' })
  regions(@Query() { lang }: LangQueryDto) {
    return this.reference.regions(lang);
  }
}
