import type { Match, MatchParty, MatchStage, Reason } from '@galaxy/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `matches` as created by the matchmaking migration (1795780000000): a need joined to a provider,
 * with its stage, commitments, milestones, outcome, replication and reminder bookkeeping.
 * Its stage history is the `audit_log` rows of entity 'match'.
 */
@Entity('matches')
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') needId: string;
  @Column('uuid') providerId: string;
  @Column('uuid', { nullable: true }) solutionId: string | null;
  @Column('uuid', { nullable: true }) offerId: string | null;
  @Column('text', { default: 'suggested' }) stage: MatchStage;
  @Column('real', { default: 0 }) score: number;
  @Column('jsonb', { default: () => `'[]'` }) reasons: Reason[];
  @Column('uuid', { nullable: true }) brokerId: string | null;
  @Column('text', { nullable: true }) recipientCommitment: string | null;
  @Column('text', { nullable: true }) providerCommitment: string | null;
  @Column('jsonb', { default: () => `'[]'` }) milestones: Match['milestones'];
  @Column('text', { nullable: true }) outcome: string | null;
  @Column('text', { nullable: true }) dropReason: string | null;
  @Column('uuid', { nullable: true }) replicationSolutionId: string | null;
  @Column('timestamptz', { nullable: true }) introducedAt: Date | null;
  @Column('timestamptz', { nullable: true }) answeredAt: Date | null;
  @Column('boolean', { nullable: true }) accepted: boolean | null;
  @Column('timestamptz', { nullable: true }) completedAt: Date | null;
  @Column('timestamptz', { nullable: true }) remindedAt: Date | null;
  @Column('integer', { default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { default: () => 'now()' }) lastActionAt: Date;
}

/** `match_messages`: the thread between the two parties and the broker. */
@Entity('match_messages')
export class MatchMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') matchId: string;
  @Column('uuid', { nullable: true }) authorId: string | null;
  @Column('text') party: MatchParty;
  @Column('text') body: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
