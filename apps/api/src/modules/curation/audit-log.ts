import { Injectable } from '@nestjs/common';
import type { AuditList } from '@galaxy/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditedEntity } from './audit-log.entity';
import { AuditLogRepository, type AuditLine, type AuditRecord } from './audit-log.repository';

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

/** The append-only record of who did what to which entity, written in the transaction of the change. */
@Injectable()
export class AuditLog {
  constructor(private readonly lines: AuditLogRepository) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const fields = [...(entry.fields ?? [])];
    const revisionNumber = entry.revisionNumber ?? null;
    // Autosave sends an edit every few seconds: fold them into the person's latest edit entry.
    if (
      entry.action === 'edit' &&
      (await this.lines.foldEdit(
        manager,
        { entity: entry.entity, entityId: entry.entityId, actorId: entry.actorId, revisionNumber, fields },
        EDIT_WINDOW,
      ))
    )
      return;
    await this.lines.append(manager, toLine(entry));
  }

  /** Entries that fold into nothing (imports, reminders): one insert for all of them. */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    await this.lines.appendMany(manager, entries.map(toLine));
  }

  /** Newest first. */
  async list(entity: AuditedEntity, entityId: string): Promise<AuditList> {
    return { items: (await this.lines.linesOf(entity, entityId, 500)).map(toAuditItem) };
  }
}

function toLine(entry: AuditEntry): AuditLine {
  return {
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    actorId: entry.actorId,
    fromState: entry.from ?? null,
    toState: entry.to ?? null,
    note: entry.note ?? null,
    revisionNumber: entry.revisionNumber ?? null,
    fields: [...(entry.fields ?? [])].sort(),
  };
}

export function toAuditItem(line: AuditRecord): AuditList['items'][number] {
  return {
    id: line.id,
    at: line.at.toISOString(),
    actor: line.actorId ? { id: line.actorId, name: line.actorName ?? '' } : null,
    action: line.action,
    from: line.fromState,
    to: line.toState,
    note: line.note,
    revisionNumber: line.revisionNumber,
    fields: line.fields,
  };
}
