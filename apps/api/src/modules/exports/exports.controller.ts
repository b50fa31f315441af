import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ExportQuerySchema } from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { IatiExport, iatiFile } from '../iati';
import { SolutionsService } from '../solutions';

class ExportQueryDto extends createZodDto(ExportQuerySchema) {}

/**
 * The catalog as open data, in every format: CSV and JSON from the solutions module, IATI XML from
 * the IATI module. Its own module so that solutions need not know IATI (which builds on solutions).
 */
@ApiTags('solutions')
@Controller('solutions')
export class ExportsController {
  constructor(
    private readonly solutions: SolutionsService,
    private readonly iati: IatiExport,
  ) {}

  @Get('export')
  // The operation keeps the id it had when the solutions controller served it.
  @ApiOperation({ operationId: 'SolutionsController_export' })
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
}
