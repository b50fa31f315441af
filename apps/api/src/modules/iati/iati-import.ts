import { Inject, Injectable } from '@nestjs/common';
import type { IatiActivityReport, IatiImportInput, IatiImportReport } from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, type FieldError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { CatalogWriter } from '../solutions';
import { AuditLog } from '../curation';
import { iatiSettings, type IatiSettings } from './iati-export';
import { mapActivity, type MappedActivity } from './iati-mapper';
import { IatiFileError, readIatiFile } from './iati-reader';
import { IatiRepository } from './iati.repository';
import { OrganizationsRepository } from '../organizations';
import { SolutionRevisionsRepository } from '../solutions';
import { SolutionsRepository } from '../solutions';

/** Largest file the browser import takes: within the API's 1 MiB request limit. */
export const IATI_MAX_FILE_BYTES = 900_000;

interface PlannedFile {
  name: string;
  activities: MappedActivity[];
}

const OPEN_STATES = ['draft', 'submitted', 'changes_requested'];

/**
 * IATI activity files → solution drafts. All or nothing per import: every file is read and every
 * activity mapped before anything is written; one error anywhere refuses the whole import, and the
 * drafts of a valid one are written in one transaction. Drafts then go through normal curation.
 */
@Injectable()
export class IatiImport {
  private readonly settings: IatiSettings;

  constructor(
    private readonly db: DataSource,
    private readonly activities: IatiRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly solutions: SolutionsRepository,
    private readonly revisions: SolutionRevisionsRepository,
    private readonly writer: CatalogWriter,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = iatiSettings(config);
  }

  /** What an import would do, activity by activity; writes nothing. */
  async preview(input: IatiImportInput, maxBytes = IATI_MAX_FILE_BYTES): Promise<IatiImportReport> {
    const files = this.plan(input, maxBytes);
    const known = await this.activities.importsOf(this.db.manager, identifiers(files));
    return report(files, known, new Map());
  }

  /** Imports every activity as a draft, or refuses the whole import (400/413 problem) and writes nothing. */
  async run(userId: string | null, input: IatiImportInput, maxBytes = IATI_MAX_FILE_BYTES): Promise<IatiImportReport> {
    const files = this.plan(input, maxBytes);
    const invalid = files.flatMap((f, i) =>
      f.activities.flatMap((a) =>
        a.errors.map((e): FieldError => ({
          location: 'file',
          field: `files.${i}.activities.${a.row}.${e.field}`,
          message: `${f.name}, activity ${a.row}${a.iatiIdentifier ? ` (${a.iatiIdentifier})` : ''}: ${e.message}`,
        })),
      ),
    );
    if (invalid.length) {
      const unknown = files.some((f) => f.activities.some((a) => a.unknownCode));
      throw new AppError(
        unknown ? 'IATI_UNKNOWN_CODE' : 'VALIDATION_FAILED',
        `Nothing was imported: ${invalid.length} problem(s) in the file(s), listed activity by activity`,
        invalid,
      );
    }
    const written = new Map<string, { solutionId: string; action: 'create' | 'update' }>();
    await this.db.transaction(async (m) => {
      const ownerId = input.organizationId;
      if (ownerId && !(await this.organizations.exists(m, ownerId)))
        throw new AppError('VALIDATION_FAILED', 'No such organization', [
          { location: 'body', field: 'organizationId', message: 'No organization has this id' },
        ]);
      for (const file of files)
        for (const activity of file.activities) {
          written.set(activity.iatiIdentifier as string, await this.write(m, userId, file.name, activity, ownerId));
        }
    });
    return report(files, new Map(), written);
  }

  /** Reads and maps every file; a file that cannot be read refuses the import. */
  private plan(input: IatiImportInput, maxBytes: number): PlannedFile[] {
    const seen = new Map<string, string>();
    return input.files.map((file, i) => {
      let read;
      try {
        read = readIatiFile(file.content, maxBytes);
      } catch (error) {
        if (!(error instanceof IatiFileError)) throw error;
        throw new AppError(error.code, `${file.name}: ${error.message}`, [
          { location: 'body', field: `files.${i}.content`, message: error.message },
        ]);
      }
      const activities = read.activities.map((element, j) => {
        const mapped = mapActivity(element, j + 1, {
          reportingOrgRef: this.settings.reportingOrg.ref,
          publicUrl: this.settings.publicUrl,
        });
        const id = mapped.iatiIdentifier;
        if (id && seen.has(id))
          mapped.errors.push({ field: 'iati-identifier', message: `Same identifier as ${seen.get(id)}` });
        else if (id) seen.set(id, `${file.name}, activity ${j + 1}`);
        if (!mapped.owner && !input.organizationId)
          mapped.errors.push({
            field: 'participating-org',
            message:
              'No organization to own the draft: the activity names no implementing or reporting organization; choose one',
          });
        return mapped;
      });
      if (!activities.length)
        throw new AppError('VALIDATION_FAILED', `${file.name}: the file has no iati-activity`, [
          { location: 'body', field: `files.${i}.content`, message: 'No <iati-activity> in <iati-activities>' },
        ]);
      return { name: file.name, activities };
    });
  }

  private async write(
    m: EntityManager,
    userId: string | null,
    fileName: string,
    activity: MappedActivity,
    ownerId: string | undefined,
  ): Promise<{ solutionId: string; action: 'create' | 'update' }> {
    const identifier = activity.iatiIdentifier as string;
    await this.activities.lockActivity(m, identifier);
    const solutionId = (await this.activities.importsOf(m, [identifier])).get(identifier);
    // The same lock as every curation action on this solution (CurationService.act).
    if (solutionId) await this.solutions.lock(m, solutionId);
    const latest = solutionId ? await this.revisions.latest(m, solutionId) : undefined;
    const note = `IATI activity ${identifier} from ${fileName}`;
    let id: string;
    let number: number;
    if (solutionId && latest && OPEN_STATES.includes(latest.state)) {
      await this.revisions.mergeContent(m, latest.id, activity.draft);
      id = solutionId;
      number = latest.number;
    } else if (solutionId && latest) {
      // Decided before (published, rejected): the import opens the next revision, as an edit would.
      id = await this.revisions.createDraft(m, {
        solutionId,
        organizationId: latest.organizationId,
        number: latest.number + 1,
        version: latest.version + 1,
        content: { ...latest.content, ...activity.draft },
        authorId: userId,
      });
      number = latest.number + 1;
    } else {
      id = await this.revisions.createDraft(m, {
        solutionId: null,
        organizationId: ownerId ?? (await this.owner(m, activity, fileName)),
        number: 1,
        version: 1,
        content: activity.draft,
        authorId: userId,
      });
      number = 1;
    }
    await this.activities.recordImport(m, { identifier, solutionId: id, fileName, userId });
    await this.audit.record(m, {
      entity: 'solution',
      entityId: id,
      action: 'import',
      actorId: userId,
      to: latest && OPEN_STATES.includes(latest.state) ? latest.state : 'draft',
      note,
      revisionNumber: number,
      fields: Object.keys(activity.draft),
    });
    // A solution imported before but since deleted with its revisions is created again.
    return { solutionId: id, action: latest ? 'update' : 'create' };
  }

  /** The activity's implementing (or reporting) organization, found by name or created. */
  private async owner(m: EntityManager, activity: MappedActivity, fileName: string): Promise<string> {
    const candidate = activity.owner as NonNullable<MappedActivity['owner']>;
    const ids = await this.organizations.resolveNamed(m, [
      { name: candidate.name, type: candidate.type, source: `Imported from the IATI file ${fileName}` },
    ]);
    return ids.get(candidate.name.toLowerCase()) as string;
  }
}

const identifiers = (files: PlannedFile[]) =>
  files.flatMap((f) => f.activities.map((a) => a.iatiIdentifier).filter((id): id is string => id !== null));

function report(
  files: PlannedFile[],
  known: Map<string, string>,
  written: Map<string, { solutionId: string; action: 'create' | 'update' }>,
): IatiImportReport {
  let created = 0;
  let updated = 0;
  let invalid = 0;
  const out = files.map((f) => ({
    name: f.name,
    activities: f.activities.map((a): IatiActivityReport => {
      const id = a.iatiIdentifier;
      const done = id ? written.get(id) : undefined;
      const before = id ? known.get(id) : undefined;
      const action = a.errors.length ? null : (done?.action ?? (before ? 'update' : 'create'));
      if (a.errors.length) invalid++;
      else if (action === 'create') created++;
      else updated++;
      return {
        row: a.row,
        iatiIdentifier: id,
        title: a.title,
        action,
        solutionId: done?.solutionId ?? before ?? null,
        mapped: a.mapped,
        guessed: a.guessed,
        dropped: a.dropped,
        errors: a.errors,
      };
    }),
  }));
  return { files: out, created, updated, invalid };
}
