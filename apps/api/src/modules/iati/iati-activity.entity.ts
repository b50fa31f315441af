import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which solution an imported IATI activity became, so importing it again updates that solution's draft. */
@Entity('iati_activities')
export class IatiActivityEntity {
  @PrimaryColumn('text') iatiIdentifier: string;
  @Column('uuid', { unique: true }) solutionId: string;
  @Column('text') fileName: string;
  @Column('timestamptz', { default: () => 'now()' }) importedAt: Date;
  @Column('uuid', { nullable: true }) importedBy: string | null;
}
