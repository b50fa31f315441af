import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { IatiActivityEntity } from './iati-activity.entity';

/** The IATI activities imported so far, and which solution each became: the only code that reads `iati_activities`. */
@Injectable()
export class IatiRepository {
  /** Solutions imported before from these activities, by IATI identifier. */
  async importsOf(m: EntityManager, identifiers: readonly string[]): Promise<Map<string, string>> {
    if (!identifiers.length) return new Map();
    const rows = await m.getRepository(IatiActivityEntity).find({
      select: { iatiIdentifier: true, solutionId: true },
      where: { iatiIdentifier: In([...identifiers]) },
    });
    return new Map(rows.map((r) => [r.iatiIdentifier, r.solutionId]));
  }

  /** Serializes imports of one activity until the transaction ends. */
  async lockActivity(m: EntityManager, identifier: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [identifier]);
  }

  /** This activity is this solution now (the latest import of it says so). */
  async recordImport(
    m: EntityManager,
    entry: { identifier: string; solutionId: string; fileName: string; userId: string | null },
  ): Promise<void> {
    await m
      .getRepository(IatiActivityEntity)
      .createQueryBuilder()
      .insert()
      .values({
        iatiIdentifier: entry.identifier,
        solutionId: entry.solutionId,
        fileName: entry.fileName,
        importedBy: entry.userId,
      })
      .orUpdate(['solution_id', 'file_name', 'imported_at', 'imported_by'], ['iati_identifier'])
      .execute();
  }
}
