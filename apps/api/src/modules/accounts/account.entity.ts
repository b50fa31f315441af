import type { GlobalRole, UiLanguage } from '@galaxy/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The accounts aggregate: users, their sessions and one-time email tokens, and the rate-limit counters. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('citext', { unique: true }) email: string;
  @Column('text') passwordHash: string;
  @Column('text') name: string;
  @Column('text', { array: true, default: () => "'{}'" }) languages: UiLanguage[];
  @Column('boolean', { default: true }) notifyByEmail: boolean;
  @Column('text', { default: 'member' }) role: GlobalRole;
  @Column('timestamptz', { nullable: true }) emailVerifiedAt: Date | null;
  @Column('timestamptz', { default: () => 'now()' }) passwordChangedAt: Date;
  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  // Set by the statements that change a profile or password, not on every write (TypeORM's
  // UpdateDateColumn would also move it when an email is verified).
  @Column('timestamptz', { default: () => 'now()' }) updatedAt: Date;
  @Column('text', { default: 'en' }) locale: UiLanguage;
}

@Entity('sessions')
export class SessionEntity {
  /** The hash of the cookie's token. */
  @PrimaryColumn('text') id: string;
  @Column('uuid') userId: string;
  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { default: () => 'now()' }) lastSeenAt: Date;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @Column('text', { nullable: true }) userAgent: string | null;
  @Column('text', { nullable: true }) ip: string | null;
}

export type EmailPurpose = 'verify_email' | 'reset_password' | 'unlock_login';

@Entity('email_tokens')
export class EmailTokenEntity {
  @PrimaryColumn('text') tokenHash: string;
  @Column('uuid') userId: string;
  @Column('text') purpose: EmailPurpose;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** One fixed window of one counter (sign-in failures, sign-ups, mails, …). */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn('text') key: string;
  @PrimaryColumn('timestamptz') windowStart: Date;
  @Column('integer', { default: 0 }) hits: number;
}
