import type { ContentLanguage, Modality, OrganizationType, VerificationLevel } from '@galaxy/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text', { nullable: true }) externalId: string | null;
  @Column('text') name: string;
  @Column('text', { nullable: true }) acronym: string | null;
  @Column('text') type: OrganizationType;
  @Column('char', { length: 2, nullable: true }) country: string | null;
  @Column('text', { array: true }) operatingCountries: string[];
  @Column('text', { nullable: true }) website: string | null;
  @Column('text') description: string;
  @Column('smallint', { array: true }) expertiseSdgs: number[];
  @Column('text', { array: true }) expertiseTargets: string[];
  @Column('text', { array: true }) modalities: Modality[];
  @Column('text', { array: true }) languages: ContentLanguage[];
  @Column('text') verification: VerificationLevel;
  @Column('text') source: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
