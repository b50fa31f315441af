import { Injectable } from '@nestjs/common';
import type { GlobalRole } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import { hashToken, newToken } from './tokens';

export const SESSION_TTL_DAYS = 14;

/** Server-side sessions: the cookie holds a random token, the database its hash. Revocable. */
@Injectable()
export class SessionsService {
  constructor(private readonly db: DataSource) {}

  async create(userId: string, meta: { userAgent?: string; ip?: string }): Promise<string> {
    const token = newToken();
    await this.db.query(
      `INSERT INTO sessions (id, user_id, expires_at, user_agent, ip)
       VALUES ($1, $2, now() + make_interval(days => $3), $4, $5)`,
      [hashToken(token), userId, SESSION_TTL_DAYS, meta.userAgent?.slice(0, 300) ?? null, meta.ip ?? null],
    );
    return token;
  }

  async lookup(token: string): Promise<AuthUser | undefined> {
    const [row] = await this.db
      .query(
        `UPDATE sessions s SET last_seen_at = now()
       FROM users u
       WHERE s.id = $1 AND u.id = s.user_id AND s.revoked_at IS NULL AND s.expires_at > now()
       RETURNING s.id AS session_id, u.id, u.email, u.name, u.role, u.email_verified_at IS NOT NULL AS email_verified`,
        [hashToken(token)],
      )
      .then((r: [Record<string, unknown>[], number]) => r[0]);
    if (!row) return undefined;
    return {
      id: row.id as string,
      email: row.email as string,
      name: row.name as string,
      role: row.role as GlobalRole,
      emailVerified: row.email_verified as boolean,
      sessionId: row.session_id as string,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Signs the user out everywhere (but, when given, the session in use). */
  async revokeAll(userId: string, exceptSessionId?: string): Promise<void> {
    await this.db.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR id <> $2)`,
      [userId, exceptSessionId ?? null],
    );
  }
}
