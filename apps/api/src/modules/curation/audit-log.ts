import { Injectable } from '@nestjs/common';
import type { AuditList } from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  entity: 'solution' | 'organization' | 'need' | 'offer' | 'match';
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

/** The append-only record of who did what to which entity, written in the transaction of the change. */
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
    await manager.query(
      `INSERT INTO audit_log (entity, entity_id, action, from_state, to_state, note, revision_number, fields, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.entity,
        entry.entityId,
        entry.action,
        entry.from ?? null,
        entry.to ?? null,
        entry.note ?? null,
        entry.revisionNumber ?? null,
        [...(entry.fields ?? [])].sort(),
        entry.actorId,
      ],
    );
  }

  /** Newest first. */
  async list(entity: AuditEntry['entity'], entityId: string): Promise<AuditList> {
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
       WHERE a.entity = $1 AND a.entity_id = $2 ORDER BY a.id DESC LIMIT 500`,
      [entity, entityId],
    );
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
        action: r.action,
        from: r.from_state,
        to: r.to_state,
        note: r.note,
        revisionNumber: r.revision_number,
        fields: r.fields,
      })),
    };
  }
}
