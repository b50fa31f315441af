import type { Need, Offer } from '@galaxy/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** `needs` as created by the matchmaking migration (1795780000000): a request for support. */
@Entity('needs')
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organizationId: string;
  @Column('text') title: string;
  @Column('text') problemStatement: string;
  @Column('text', { nullable: true }) currentSituation: string | null;
  @Column('text') desiredOutcome: string;
  @Column('smallint', { array: true }) sdgs: number[];
  @Column('text', { array: true, default: () => `'{}'` }) sdgTargets: string[];
  @Column('text', { array: true }) countries: string[];
  @Column('text', { array: true }) modalities: string[];
  @Column('text', { array: true }) languages: string[];
  @Column('text', { nullable: true }) timeframeStart: string | null;
  @Column('text', { nullable: true }) timeframeEnd: string | null;
  @Column('jsonb', { default: () => `'{}'` }) coContribution: NonNullable<Need['coContribution']>;
  @Column('jsonb', { nullable: true }) endorsement: Need['endorsement'];
  @Column('text', { default: 'public' }) visibility: Need['visibility'];
  @Column('text', { default: 'open' }) status: Need['status'];
  @Column('integer', { default: 1 }) version: number;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** `offers` as created by the matchmaking migration (1795780000000): a capacity to support. */
@Entity('offers')
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organizationId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text', { array: true }) modalities: string[];
  @Column('smallint', { array: true }) sdgs: number[];
  @Column('text', { array: true, default: () => `'{}'` }) sdgTargets: string[];
  @Column('text', { array: true, default: () => `'{}'` }) eligibleCountries: string[];
  @Column('text', { array: true, default: () => `'{}'` }) eligibleGroups: string[];
  @Column('text', { array: true, default: () => `'{}'` }) eligibleRegions: string[];
  @Column('integer', { nullable: true }) capacityPerYear: number | null;
  @Column('text') costModel: Offer['costModel'];
  @Column('text', { array: true }) languages: string[];
  @Column('uuid', { array: true, default: () => `'{}'` }) trackRecord: string[];
  @Column('text', { default: 'public' }) visibility: Offer['visibility'];
  @Column('text', { default: 'open' }) status: Offer['status'];
  @Column('integer', { default: 1 }) version: number;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
