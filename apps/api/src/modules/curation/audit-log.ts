import { Injectable } from '@nestjs/common';
import type { AuditList } from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export type AuditedEntity = 'solution' | 'organization' | 'need' | 'offer' | 'match';

export interface AuditEntry {
  entity: AuditedEntity;
  entityId: string;
  action: string;
  actorId: string | null;
  from?: string | null;
  to?: string | null;
  note?: string | null;
  revisionNumber?: number | null;
  fields?: readonly string[];
}

/** Consecutive edits by one person to one revision within this window make one entry. */
const EDIT_WINDOW = '15 minutes';
const INSERT_CHUNK = 1000;

/**
 * The append-only record of who did what to which entity (a solution's curation history among
 * them), written in the transaction of the change: the repository of `audit_log`.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly db: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (entry.action === 'edit') {
      // Autosave sends an edit every few seconds: fold them into the person's latest edit entry.
      const [, folded] = await manager.query(
        `UPDATE audit_log SET at = now(), fields = ARRAY(SELECT DISTINCT unnest(fields || $5::text[]) ORDER BY 1)
         WHERE id = (SELECT id FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1)
           AND action = 'edit' AND actor_id IS NOT DISTINCT FROM $3 AND revision_number IS NOT DISTINCT FROM $4
           AND at > now() - interval '${EDIT_WINDOW}'`,
        [entry.entity, entry.entityId, entry.actorId, entry.revisionNumber ?? null, entry.fields ?? []],
      );
      if (folded) return;
    }
    await this.recordMany(manager, [entry]);
  }

  /** Entries that fold into nothing (imports, reminders): one insert for all of them. */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    // 9 parameters a row: chunks stay far below PostgreSQL's 65,535 parameters a statement.
    for (let i = 0; i < entries.length; i += INSERT_CHUNK)
      await this.insert(manager, entries.slice(i, i + INSERT_CHUNK));
  }

  private async insert(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    await manager.getRepository(AuditLogEntity).insert(
      entries.map((entry) => ({
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        fromState: entry.from ?? null,
        toState: entry.to ?? null,
        note: entry.note ?? null,
        revisionNumber: entry.revisionNumber ?? null,
        fields: [...(entry.fields ?? [])].sort(),
        actorId: entry.actorId,
      })),
    );
  }

  /** Newest first. */
  async list(entity: AuditedEntity, entityId: string): Promise<AuditList> {
    const rows: (Pick<
      AuditLogEntity,
      'id' | 'at' | 'actorId' | 'action' | 'fromState' | 'toState' | 'note' | 'revisionNumber' | 'fields'
    > & { actorName: string | null })[] = await this.db
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .leftJoin('users', 'u', 'u.id = a.actor_id')
      .select([
        'a.id AS id',
        'a.at AS at',
        'a.actor_id AS "actorId"',
        'u.name AS "actorName"',
        'a.action AS action',
        'a.from_state AS "fromState"',
        'a.to_state AS "toState"',
        'a.note AS note',
        'a.revision_number AS "revisionNumber"',
        'a.fields AS fields',
      ])
      .where('a.entity = :entity AND a.entity_id = :entityId', { entity, entityId })
      .orderBy('a.id', 'DESC')
      .limit(500)
      .getRawMany();
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
        action: r.action,
        from: r.fromState,
        to: r.toState,
        note: r.note,
        revisionNumber: r.revisionNumber,
        fields: r.fields,
      })),
    };
  }
}
