import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity, type AuditedEntity } from './audit-log.entity';

/** 9 parameters a row: chunks stay far below PostgreSQL's 65,535 parameters a statement. */
const INSERT_CHUNK = 1000;

/** One line of the log as it is written. */
export interface AuditLine {
  entity: AuditedEntity;
  entityId: string;
  action: string;
  actorId: string | null;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  revisionNumber: number | null;
  fields: string[];
}

/** One line as it is read, with its actor's name. */
export interface AuditRecord extends Omit<AuditLine, 'entity' | 'entityId'> {
  id: string;
  at: Date;
  actorName: string | null;
}

/** The audit log's table: appended to in the transaction of the change it records, never edited but to fold autosaves. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Folds `fields` into the entity's latest line when that line is an edit by the same actor of the
   * same revision within `window` (a PostgreSQL interval); false when there is no such line.
   */
  async foldEdit(
    m: EntityManager,
    line: Pick<AuditLine, 'entity' | 'entityId' | 'actorId' | 'revisionNumber' | 'fields'>,
    window: string,
  ): Promise<boolean> {
    const [, folded]: [unknown[], number] = await m.query(
      `UPDATE audit_log SET at = now(), fields = ARRAY(SELECT DISTINCT unnest(fields || $5::text[]) ORDER BY 1)
       WHERE id = (SELECT id FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1)
         AND action = 'edit' AND actor_id IS NOT DISTINCT FROM $3 AND revision_number IS NOT DISTINCT FROM $4
         AND at > now() - $6::interval`,
      [line.entity, line.entityId, line.actorId, line.revisionNumber, line.fields, window],
    );
    return folded > 0;
  }

  async append(m: EntityManager, line: AuditLine): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (entity, entity_id, action, from_state, to_state, note, revision_number, fields, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        line.entity,
        line.entityId,
        line.action,
        line.fromState,
        line.toState,
        line.note,
        line.revisionNumber,
        line.fields,
        line.actorId,
      ],
    );
  }

  /** Lines that fold into nothing (imports, reminders): one insert a chunk. */
  async appendMany(m: EntityManager, lines: readonly AuditLine[]): Promise<void> {
    for (let i = 0; i < lines.length; i += INSERT_CHUNK)
      await m.getRepository(AuditLogEntity).insert(lines.slice(i, i + INSERT_CHUNK).map((line) => ({ ...line })));
  }

  /** The entity's lines, newest first (at most `limit`). */
  async linesOf(entity: AuditedEntity, entityId: string, limit: number): Promise<AuditRecord[]> {
    const rows: {
      id: string;
      at: Date;
      actor_id: string | null;
      actor_name: string | null;
      action: string;
      from_state: string | null;
      to_state: string | null;
      note: string | null;
      revision_number: number | null;
      fields: string[];
    }[] = await this.db.query(
      `SELECT a.id, a.at, a.actor_id, u.name AS actor_name, a.action, a.from_state, a.to_state, a.note,
         a.revision_number, a.fields
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE a.entity = $1 AND a.entity_id = $2 ORDER BY a.id DESC LIMIT $3`,
      [entity, entityId, limit],
    );
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      fromState: r.from_state,
      toState: r.to_state,
      note: r.note,
      revisionNumber: r.revision_number,
      fields: r.fields,
    }));
  }
}
