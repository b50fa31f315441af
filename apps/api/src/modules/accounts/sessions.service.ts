import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth';
import { AccountsRepository } from './accounts.repository';
import { hashToken, newToken } from './tokens';

export const SESSION_TTL_DAYS = 14;

/** Server-side sessions: the cookie holds a random token, the database its hash. Revocable. */
@Injectable()
export class SessionsService {
  constructor(private readonly accounts: AccountsRepository) {}

  async create(userId: string, meta: { userAgent?: string; ip?: string }): Promise<string> {
    const token = newToken();
    await this.accounts.createSession({
      id: hashToken(token),
      userId,
      ttlDays: SESSION_TTL_DAYS,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
    });
    return token;
  }

  lookup(token: string): Promise<AuthUser | undefined> {
    return this.accounts.touchSession(hashToken(token));
  }

  async revoke(sessionId: string): Promise<void> {
    await this.accounts.revokeSession(sessionId);
  }

  /** Signs the user out everywhere (but, when given, the session in use). */
  async revokeAll(userId: string, exceptSessionId?: string): Promise<void> {
    await this.accounts.revokeSessionsOf(userId, exceptSessionId ?? null);
  }
}
