import type {
  FunderInput,
  BudgetRange,
  ContentLanguage,
  CountryRole,
  CurationStatus,
  Modality,
  ProjectStatus,
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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

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

@Entity('solutions')
export class SolutionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text', { nullable: true }) externalId: string | null;
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
  @Column('jsonb') buildingBlocks: BuildingBlock[];
  @Column('smallint', { array: true }) sdgs: number[];
  @Column('text', { array: true }) sdgTargets: string[];
  @Column('text') modality: Modality;
  @Column('text', { array: true }) themes: Theme[];
  @Column('text') projectStatus: ProjectStatus;
  @Column('smallint') startYear: number;
  @Column('smallint', { nullable: true }) endYear: number | null;
  @Column('text', { nullable: true }) budgetRange: BudgetRange | null;
  @Column('jsonb') funders: FunderInput[];
  @Column('text', { nullable: true }) beneficiaries: string | null;
  @Column('jsonb') contacts: Contact[];
  @Column('jsonb') links: Link[];
  @Column('text') curationStatus: CurationStatus;
  @Column('text') source: string;
  @VersionColumn() version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) publishedAt: Date | null;
  @Column('timestamptz', { nullable: true }) lastVerifiedAt: Date | null;

  @OneToMany(() => SolutionCountryEntity, (c) => c.solution) countries?: SolutionCountryEntity[];
  @OneToMany(() => SolutionOrganizationEntity, (o) => o.solution) organizations?: SolutionOrganizationEntity[];
}

@Entity('solution_countries')
export class SolutionCountryEntity {
  @PrimaryColumn('uuid') solutionId: string;
  @PrimaryColumn('char', { length: 2 }) country: string;
  @PrimaryColumn('text') role: CountryRole;
  @Column('smallint') position: number;
  @ManyToOne(() => SolutionEntity, (s) => s.countries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id' })
  solution?: SolutionEntity;
}

@Entity('solution_organizations')
export class SolutionOrganizationEntity {
  @PrimaryColumn('uuid') solutionId: string;
  @PrimaryColumn('uuid') organizationId: string;
  @PrimaryColumn('text') role: SolutionOrganizationRole;
  @Column('smallint') position: number;
  /** Shown on the organization's profile: false when a partner's solution names another organization. */
  @Column('boolean', { default: true }) attached: boolean;
  @ManyToOne(() => SolutionEntity, (s) => s.organizations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id' })
  solution?: SolutionEntity;
  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
