import type { RevisionState, Rubric, SolutionDraft } from '@galaxy/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One revision of a solution's text, as the partner writes it (`content`, the draft shape): drafts
 * live only here until a curator publishes one into `solutions`. At most one is open per solution.
 */
@Entity('solution_revisions')
@Unique('solution_revisions_solution_id_number_key', ['solutionId', 'number'])
export class SolutionRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') solutionId: string;
  @Column('uuid') organizationId: string;
  @Column('integer') number: number;
  @Column('text') state: RevisionState;
  @Column('jsonb', { default: () => `'{}'` }) content: SolutionDraft;
  @Column('integer') version: number;
  @Column('uuid', { nullable: true }) authorId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) submittedAt: Date | null;
  @Column('timestamptz', { nullable: true }) decidedAt: Date | null;
  @Column('uuid', { nullable: true }) decidedBy: string | null;
  @Column('text', { nullable: true }) decisionNote: string | null;
  @Column('jsonb', { nullable: true }) rubric: Rubric | null;
  @Column('uuid', { nullable: true }) replicatedFrom: string | null;
}
