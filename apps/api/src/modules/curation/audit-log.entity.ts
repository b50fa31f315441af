import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditedEntity = 'solution' | 'organization' | 'need' | 'offer' | 'match';

/** One line of the append-only audit log. */
@Entity('audit_log')
export class AuditLogEntity {
  /** bigint: the driver hands it over as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('text') entity: AuditedEntity;
  @Column('uuid') entityId: string;
  @Column('text') action: string;
  @Column('text', { nullable: true }) fromState: string | null;
  @Column('text', { nullable: true }) toState: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('integer', { nullable: true }) revisionNumber: number | null;
  @Column('text', { array: true, default: () => "'{}'" }) fields: string[];
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
}
