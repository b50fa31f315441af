import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IatiImportInputSchema, IatiImportReportSchema, IdOrSlugParamSchema } from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, StaffOnly, type AuthUser } from '../../common/auth';
import { IatiExport } from './iati-export';
import { IatiImport } from './iati-import';

class IatiImportDto extends createZodDto(IatiImportInputSchema) {}
class IatiImportReportDto extends createZodDto(IatiImportReportSchema) {}
class IdOrSlugParamDto extends createZodDto(IdOrSlugParamSchema) {}

export const iatiFile = (stream: NodeJS.ReadableStream, name: string) =>
  new StreamableFile(stream as never, {
    type: 'application/xml; charset=utf-8',
    disposition: `attachment; filename="${name}"`,
  });

@ApiTags('iati')
@Controller()
export class IatiController {
  constructor(
    private readonly exporter: IatiExport,
    private readonly importer: IatiImport,
  ) {}

  @Get('solutions/:idOrSlug/iati')
  @ApiProduces('application/xml')
  @ApiOkResponse({
    description: 'The published solution as an IATI 2.03 activities file (one iati-activity)',
    content: { 'application/xml': { schema: { type: 'string', description: 'IATI 2.03 <iati-activities>' } } },
  })
  async activity(@Param() { idOrSlug }: IdOrSlugParamDto): Promise<StreamableFile> {
    return iatiFile(await this.exporter.activity(idOrSlug), `galaxy-${idOrSlug}.xml`.replace(/[^\w.-]/g, '_'));
  }

  @Post('curation/iati/preview')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({
    type: IatiImportReportDto,
    description:
      'What importing these IATI files would do, activity by activity: mapped, guessed, dropped, errors; changes nothing',
  })
  preview(@Body() body: IatiImportDto) {
    return this.importer.preview(body);
  }

  @Post('curation/iati/import')
  @HttpCode(200)
  @StaffOnly()
  @ApiOkResponse({
    type: IatiImportReportDto,
    description: 'Each activity becomes (or updates) a solution draft; any error refuses the whole import',
  })
  import(@CurrentUser() user: AuthUser, @Body() body: IatiImportDto) {
    return this.importer.run(user.id, body);
  }
}
