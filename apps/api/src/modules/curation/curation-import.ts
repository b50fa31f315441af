import { Injectable } from '@nestjs/common';
import type { ImportInput, ImportPreview, ImportResult } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { CatalogWriter } from '../solutions';
import { planImport, readRecords, runImport, type ImportPlan } from '../solutions';
import { AuditLog } from './audit-log';

/** Bulk import from the curators' screen: the importer of `npm run import`, with a preview first. */
@Injectable()
export class CurationImport {
  constructor(
    private readonly db: DataSource,
    private readonly writer: CatalogWriter,
    private readonly audit: AuditLog,
  ) {}

  preview(input: ImportInput): ImportPreview {
    const plan = this.plan(input);
    return {
      valid: plan.valid.map((v) => ({ row: v.row, externalId: v.input.externalId as string, title: v.input.title })),
      invalid: plan.invalid.map((i) => ({ row: i.row, externalId: i.externalId ?? null, errors: i.errors })),
    };
  }

  /** Imports and publishes the valid rows (curators vouch for the file); invalid rows are skipped. */
  async run(user: AuthUser, input: ImportInput): Promise<ImportResult> {
    const plan = this.plan(input);
    const result = await runImport(this.writer, plan, true);
    const note = `Imported from a ${input.format.toUpperCase()} file`;
    await this.audit.recordMany(
      this.db.manager,
      result.ids.map((id) => ({
        entity: 'solution',
        entityId: id,
        action: 'import',
        to: 'published',
        note,
        actorId: user.id,
      })),
    );
    return { created: result.created, updated: result.updated, skipped: plan.invalid.length };
  }

  private plan(input: ImportInput): ImportPlan {
    let read: ReturnType<typeof readRecords>;
    try {
      read = readRecords(input.content, input.format);
    } catch (error) {
      throw new AppError('VALIDATION_FAILED', `The file is not valid ${input.format.toUpperCase()}`, [
        { location: 'body', field: 'content', message: error instanceof Error ? error.message : String(error) },
      ]);
    }
    return planImport(read.records, read.firstRow);
  }
}
