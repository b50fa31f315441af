import type {
  BudgetRange,
  ContentLanguage,
  CountryRole,
  CurationStatus,
  FunderInput,
  Modality,
  ProjectStatus,
  Rubric,
  SolutionOrganizationRole,
  Theme,
} from '@galaxy/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations';

export interface BuildingBlock {
  title: string;
  description: string;
  enablingFactors?: string;
  lessons?: string;
}
export interface Contact {
  name: string;
  role?: string;
  email?: string;
  organization?: string;
}
export interface Link {
  label: string;
  url: string;
}

/**
 * A published (or archived, or imported-as-draft) solution: the columns of `solutions` exactly as the
 * migrations make them. A property named like a field of `SolutionFieldsSchema` IS that field: the
 * repository writes, publishes, revises and details a solution by those names (solution-columns.ts),
 * so a new field is a contract field, a migration and a column here.
 *
 * `version` and `updatedAt` are plain columns on purpose: the repository says when a change bumps
 * them (verifying a solution does not; TypeORM's version and update-date columns would).
 */
@Entity('solutions')
export class SolutionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { unique: true }) slug: string;
  @Column('text', { nullable: true, unique: true }) externalId: string | null;
  @Column('text') language: ContentLanguage;
  @Column('text') title: string;
  @Column('text', { nullable: true }) subtitle: string | null;
  @Column('text') summary: string;
  @Column('text') challenge: string;
  @Column('text') towardsSolution: string;
  @Column('text') resultsImpact: string;
  @Column('text', { nullable: true }) sustainability: string | null;
  @Column('text', { nullable: true }) replicability: string | null;
  @Column('text', { nullable: true }) lessonsLearned: string | null;
  @Column('jsonb', { default: () => `'[]'` }) buildingBlocks: BuildingBlock[];
  @Column('smallint', { array: true }) sdgs: number[];
  @Column('text', { array: true, default: () => `'{}'` }) sdgTargets: string[];
  @Column('text') modality: Modality;
  @Column('text', { array: true, default: () => `'{}'` }) themes: Theme[];
  @Column('text') projectStatus: ProjectStatus;
  @Column('smallint') startYear: number;
  @Column('smallint', { nullable: true }) endYear: number | null;
  @Column('text', { nullable: true }) budgetRange: BudgetRange | null;
  @Column('text', { nullable: true }) beneficiaries: string | null;
  @Column('jsonb', { default: () => `'[]'` }) contacts: Contact[];
  @Column('jsonb', { default: () => `'[]'` }) links: Link[];
  @Column('text', { default: 'draft' }) curationStatus: CurationStatus;
  @Column('text') source: string;
  @Column('integer', { default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) publishedAt: Date | null;
  @Column('timestamptz', { nullable: true }) lastVerifiedAt: Date | null;
  @Column('uuid', { nullable: true }) ownerOrganizationId: string | null;
  @Column('jsonb', { nullable: true }) rubric: Rubric | null;
  @Column('text', { nullable: true, unique: true }) confirmationTokenHash: string | null;
  @Column('timestamptz', { nullable: true }) confirmationRequestedAt: Date | null;
  /** The solution this one replicates (a completed match started it). */
  @Column('uuid', { nullable: true }) replicatedFrom: string | null;
  @Column('jsonb', { default: () => `'[]'` }) funders: FunderInput[];

  @OneToMany(() => SolutionCountryEntity, (c) => c.solution) countries?: SolutionCountryEntity[];
  @OneToMany(() => SolutionOrganizationEntity, (o) => o.solution) organizations?: SolutionOrganizationEntity[];
}

@Entity('solution_countries')
export class SolutionCountryEntity {
  @PrimaryColumn('uuid') solutionId: string;
  @PrimaryColumn('char', { length: 2 }) country: string;
  @PrimaryColumn('text') role: CountryRole;
  @Column('smallint', { default: 0 }) position: number;
  @ManyToOne(() => SolutionEntity, (s) => s.countries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id' })
  solution?: SolutionEntity;
}

@Entity('solution_organizations')
export class SolutionOrganizationEntity {
  @PrimaryColumn('uuid') solutionId: string;
  @PrimaryColumn('uuid') organizationId: string;
  @PrimaryColumn('text') role: SolutionOrganizationRole;
  @Column('smallint', { default: 0 }) position: number;
  /** Shown on the organization's profile: false when a partner's solution names another organization. */
  @Column('boolean', { default: true }) attached: boolean;
  @ManyToOne(() => SolutionEntity, (s) => s.organizations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id' })
  solution?: SolutionEntity;
  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
