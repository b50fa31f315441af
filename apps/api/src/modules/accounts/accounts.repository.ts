import { Injectable } from '@nestjs/common';
import type { GlobalRole, UiLanguage } from '@galaxy/contracts';
import { DataSource, In, IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { UserEntity, type EmailPurpose } from './account.entity';

/** A user as the account pages show them. */
export interface UserProfile {
  id: string;
  email: string;
  name: string;
  languages: UiLanguage[];
  locale: UiLanguage;
  notifyByEmail: boolean;
  role: GlobalRole;
  emailVerified: boolean;
}

/** The user behind a live session. */
export interface SessionUser {
  sessionId: string;
  id: string;
  email: string;
  name: string;
  role: GlobalRole;
  emailVerified: boolean;
}

/** A fixed-window counter after counting or reading it. */
export interface WindowCount {
  hits: number;
  /** Seconds until the window ends. */
  retryAfter: number;
}

/** TypeORM drops a `where` key whose value is `undefined` (and would match any row): refuse that instead. */
function present<T extends object>(where: T): T {
  for (const [key, value] of Object.entries(where))
    if (value === undefined || value === null) throw new Error(`No value to look a user up by ${key}`);
  return where;
}

/** The start of the current fixed window of `$2` seconds, in SQL. */
const WINDOW_START = `to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`;
const RETRY_AFTER = `ceil(extract(epoch FROM window_start) + $2 - extract(epoch FROM now()))::int`;

/**
 * The accounts aggregate (users, sessions, one-time email tokens, rate-limit counters): the only
 * code that reads or writes these tables. Time comes from PostgreSQL's clock, so every replica
 * agrees on expiries and windows. Methods that belong to a caller's transaction take its manager.
 */
@Injectable()
export class AccountsRepository {
  private readonly users: Repository<UserEntity>;

  constructor(private readonly db: DataSource) {
    this.users = db.getRepository(UserEntity);
  }

  // ---- users -------------------------------------------------------------------------------------

  /** Creates the account unless the address has one (the unique address decides between racing sign-ups). */
  async createUser(user: {
    email: string;
    passwordHash: string;
    name: string;
    languages: UiLanguage[];
    locale: UiLanguage;
  }): Promise<string | undefined> {
    const [created]: { id: string }[] = await this.db.query(
      `INSERT INTO users (email, password_hash, name, languages, locale) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.passwordHash, user.name, user.languages, user.locale],
    );
    return created?.id;
  }

  /** An account made verified, with a role (demo accounts, ADMIN_EMAIL). */
  async createVerifiedUser(user: {
    email: string;
    passwordHash: string;
    name: string;
    role: GlobalRole;
  }): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [user.email, user.passwordHash, user.name, user.role],
    );
    return id;
  }

  async idByEmail(email: string): Promise<string | undefined> {
    const user = await this.users.findOne({ select: { id: true }, where: present({ email }) });
    return user?.id;
  }

  /** Where and in which language to write to the user. */
  async contact(where: { id: string } | { email: string }): Promise<{ email: string; locale: UiLanguage } | undefined> {
    const user = await this.users.findOne({ select: { email: true, locale: true }, where: present(where) });
    return user ? { email: user.email, locale: user.locale } : undefined;
  }

  /** Curators and admins who asked for email and confirmed their address: who hears of submissions. */
  async staffToNotify(): Promise<{ email: string; locale: UiLanguage }[]> {
    return this.users.find({
      select: { email: true, locale: true },
      where: { role: In(['curator', 'admin']), notifyByEmail: true, emailVerifiedAt: Not(IsNull()) },
    });
  }

  /**
   * The language to write to each address in: the account's, for an address that has one, else
   * `fallback`. Every address comes back once, in the order given.
   */
  async localesOf(
    m: EntityManager,
    emails: string[],
    fallback: UiLanguage,
  ): Promise<{ email: string; locale: UiLanguage }[]> {
    if (!emails.length) return [];
    const known = await m
      .getRepository(UserEntity)
      .find({ select: { email: true, locale: true }, where: { email: In(emails) } });
    const byEmail = new Map(known.map((u) => [u.email.toLowerCase(), u.locale]));
    return emails.map((email) => ({ email, locale: byEmail.get(email.toLowerCase()) ?? fallback }));
  }

  async credentials(email: string): Promise<{ id: string; passwordHash: string } | undefined> {
    const user = await this.users.findOne({ select: { id: true, passwordHash: true }, where: present({ email }) });
    return user ? { id: user.id, passwordHash: user.passwordHash } : undefined;
  }

  async passwordHashOf(id: string): Promise<string | undefined> {
    const user = await this.users.findOne({ select: { passwordHash: true }, where: present({ id }) });
    return user?.passwordHash;
  }

  async emailOf(m: EntityManager, id: string): Promise<string | undefined> {
    const user = await m.getRepository(UserEntity).findOne({ select: { email: true }, where: present({ id }) });
    return user?.email;
  }

  async profile(id: string): Promise<UserProfile | undefined> {
    const user = await this.users.findOne({
      select: {
        id: true,
        email: true,
        name: true,
        languages: true,
        locale: true,
        notifyByEmail: true,
        role: true,
        emailVerifiedAt: true,
      },
      where: present({ id }),
    });
    if (!user) return undefined;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      languages: user.languages,
      locale: user.locale,
      notifyByEmail: user.notifyByEmail,
      role: user.role,
      emailVerified: user.emailVerifiedAt !== null,
    };
  }

  /** Changes what is given, leaves the rest. */
  async updateProfile(
    id: string,
    changes: { name?: string; languages?: string[]; notifyByEmail?: boolean; locale?: UiLanguage },
  ): Promise<void> {
    await this.db.query(
      `UPDATE users SET name = COALESCE($2, name), languages = COALESCE($3, languages),
         notify_by_email = COALESCE($4, notify_by_email), locale = COALESCE($5, locale), updated_at = now() WHERE id = $1`,
      [id, changes.name ?? null, changes.languages ?? null, changes.notifyByEmail ?? null, changes.locale ?? null],
    );
  }

  /** Following an emailed link proves the address; the first proof's time stays. */
  async markEmailVerified(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()) WHERE id = $1`, [id]);
  }

  /** A new password; through a reset link (`proveEmail`), which proves the address too. */
  async setPassword(
    id: string,
    passwordHash: string,
    options: { proveEmail: boolean },
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      options.proveEmail
        ? `UPDATE users SET password_hash = $2, password_changed_at = now(), email_verified_at = COALESCE(email_verified_at, now()),
             updated_at = now() WHERE id = $1`
        : `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  // ---- sessions ----------------------------------------------------------------------------------

  async createSession(session: {
    id: string;
    userId: string;
    ttlDays: number;
    userAgent: string | null;
    ip: string | null;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO sessions (id, user_id, expires_at, user_agent, ip)
       VALUES ($1, $2, now() + make_interval(days => $3), $4, $5)`,
      [session.id, session.userId, session.ttlDays, session.userAgent, session.ip],
    );
  }

  /** The user of a live (unrevoked, unexpired) session, marking it seen now. */
  async touchSession(id: string): Promise<SessionUser | undefined> {
    const [rows]: [
      { session_id: string; id: string; email: string; name: string; role: GlobalRole; email_verified: boolean }[],
      number,
    ] = await this.db.query(
      `UPDATE sessions s SET last_seen_at = now()
       FROM users u
       WHERE s.id = $1 AND u.id = s.user_id AND s.revoked_at IS NULL AND s.expires_at > now()
       RETURNING s.id AS session_id, u.id, u.email, u.name, u.role, u.email_verified_at IS NOT NULL AS email_verified`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      sessionId: row.session_id,
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      emailVerified: row.email_verified,
    };
  }

  async revokeSession(id: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
  }

  /** Revokes every live session of the user (but `exceptId`, when given). */
  async revokeSessionsOf(userId: string, exceptId: string | null, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR id <> $2)`,
      [userId, exceptId],
    );
  }

  // ---- one-time email tokens ---------------------------------------------------------------------

  async createEmailToken(token: { hash: string; userId: string; purpose: EmailPurpose; hours: number }): Promise<void> {
    await this.db.query(
      `INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [token.hash, token.userId, token.purpose, token.hours],
    );
  }

  /** Marks an unused, unexpired token of this purpose used; its user, or `undefined`. */
  async useEmailToken(m: EntityManager, hash: string, purpose: EmailPurpose): Promise<string | undefined> {
    const [rows]: [{ user_id: string }[], number] = await m.query(
      `UPDATE email_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [hash, purpose],
    );
    return rows[0]?.user_id;
  }

  /** Who a token (of any state) was made for. */
  async ownerOfEmailToken(hash: string): Promise<{ email: string; name: string } | undefined> {
    const [row]: { email: string; name: string }[] = await this.db.query(
      `SELECT u.email, u.name FROM email_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
      [hash],
    );
    return row;
  }

  // ---- rate-limit counters -----------------------------------------------------------------------

  /** The counter's current window, without counting; `undefined` when nothing was counted in it yet. */
  async currentWindow(key: string, windowSeconds: number): Promise<WindowCount | undefined> {
    const [row]: { hits: number; retry_after: number }[] = await this.db.query(
      `SELECT hits, ${RETRY_AFTER} AS retry_after
       FROM rate_limits WHERE key = $1 AND window_start = ${WINDOW_START}`,
      [key, windowSeconds],
    );
    return row ? { hits: row.hits, retryAfter: row.retry_after } : undefined;
  }

  /** Counts one more hit in the current window (atomically, across replicas). */
  async countHit(key: string, windowSeconds: number): Promise<WindowCount> {
    const [row]: { hits: number; retry_after: number }[] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, hits)
       VALUES ($1, ${WINDOW_START}, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
       RETURNING hits, ${RETRY_AFTER} AS retry_after`,
      [key, windowSeconds],
    );
    return { hits: row.hits, retryAfter: row.retry_after };
  }

  /** Forgets the counters with these keys and those starting with `prefix`. */
  async clearCounters(m: EntityManager, keys: string[], prefix: string): Promise<void> {
    await m.query(`DELETE FROM rate_limits WHERE key = ANY($1::text[]) OR starts_with(key, $2)`, [keys, prefix]);
  }

  /** Drops windows older than a day. */
  async pruneCounters(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  }
}
