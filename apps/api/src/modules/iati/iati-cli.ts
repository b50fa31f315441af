import type { IatiImportReport } from '@galaxy/contracts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../common/app-error';
import { EnvError, type AppConfig } from '../../config/env';
import { runMigrationsAndSeed, withDataSource } from '../../database/bootstrap';
import { CatalogWriter } from '../catalog/catalog-writer';
import { AuditLog } from '../curation/audit-log';
import { AuditLogRepository } from '../curation/audit-log.repository';
import { IatiImport } from './iati-import';
import { SolutionRevisionsRepository } from '../solutions/solution-revisions.repository';
import { SolutionsRepository } from '../solutions/solutions.repository';
import { IatiRepository } from './iati.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';

/** Files from the command line may be larger than a browser upload; the parser streams, the drafts are kept. */
export const IATI_CLI_MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * `npm run import -- a.xml b.xml [--organization <id>]`: every activity becomes (or updates) a
 * solution draft; any error in any file imports nothing. Prints the report activity by activity.
 */
export async function importIatiFiles(config: AppConfig, args: string[]): Promise<number> {
  const at = args.indexOf('--organization');
  const organizationId = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !organizationId) throw new EnvError('--organization needs the id of the organization');
  const paths = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const files = paths.map((path) => {
    if (!existsSync(path)) throw new EnvError(`${path}: no such file`);
    if (statSync(path).size > IATI_CLI_MAX_FILE_BYTES)
      throw new EnvError(`${path} is larger than ${IATI_CLI_MAX_FILE_BYTES} bytes: split it`);
    return { name: basename(path), content: readFileSync(path, 'utf8') };
  });
  await runMigrationsAndSeed({ ...config, SEED_ON_EMPTY: false }, () => undefined);
  return withDataSource(config, async (db) => {
    const importer = new IatiImport(
      db,
      new IatiRepository(),
      new OrganizationsRepository(db),
      new SolutionsRepository(db),
      new SolutionRevisionsRepository(db),
      new CatalogWriter(db),
      new AuditLog(new AuditLogRepository(db)),
      config,
    );
    try {
      const report = await importer.run(null, { files, organizationId }, IATI_CLI_MAX_FILE_BYTES);
      printReport(report);
      console.log(`${report.created} draft(s) created, ${report.updated} updated`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.log(`nothing imported (${error.code}): ${error.message}`);
      for (const e of error.errors) if (!error.message.endsWith(e.message)) console.log(`    ${e.message}`);
      return 1;
    }
  });
}

function printReport(report: IatiImportReport): void {
  for (const file of report.files)
    for (const a of file.activities) {
      console.log(
        `${file.name} #${a.row} ${a.iatiIdentifier ?? ''} → ${a.action} ${a.solutionId ?? ''}  ${a.title ?? ''}`,
      );
      for (const m of a.mapped) console.log(`    mapped   ${m.field}: ${m.note}`);
      for (const g of a.guessed) console.log(`    guessed  ${g.field}: ${g.note}`);
      for (const d of a.dropped) console.log(`    dropped  ${d.field}: ${d.note}`);
    }
}
