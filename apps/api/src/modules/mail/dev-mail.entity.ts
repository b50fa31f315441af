import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A mail the development mailbox caught (never written in production). */
@Entity('dev_mails')
export class DevMailEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { array: true }) recipients: string[];
  @Column('text') subject: string;
  @Column('text') text: string;
  @Column('text', { nullable: true }) language: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) links: string[];
  /** GALAXY_REPLICA_ID of the process that sent it. */
  @Column('text') sentBy: string;
  @Column('timestamptz', { default: () => 'now()' }) receivedAt: Date;
}
