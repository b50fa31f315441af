import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxEntity = 'solution' | 'organization' | 'need' | 'offer';

@Entity('search_outbox')
export class SearchOutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('text') entity: OutboxEntity;
  @Column('uuid') entityId: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { default: () => 'now()' }) availableAt: Date;
  @Column('timestamptz', { nullable: true }) lockedUntil: Date | null;
  @Column('integer', { default: 0 }) attempts: number;
  @Column('text', { nullable: true }) lastError: string | null;
  @Column('timestamptz', { nullable: true }) processedAt: Date | null;
  @Column('timestamptz', { nullable: true }) deadAt: Date | null;
}
