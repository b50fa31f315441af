import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditedEntity } from './audit-log';

/** One line of the append-only history of who did what to which entity (curation history included). */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('text') entity: AuditedEntity;
  @Column('uuid') entityId: string;
  @Column('text') action: string;
  @Column('text', { nullable: true }) fromState: string | null;
  @Column('text', { nullable: true }) toState: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('integer', { nullable: true }) revisionNumber: number | null;
  @Column('text', { array: true, default: () => `'{}'` }) fields: string[];
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
}
