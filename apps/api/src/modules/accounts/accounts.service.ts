import { Injectable } from '@nestjs/common';
import type { GlobalRole, Me, UiLanguage } from '@galaxy/contracts';
import type { z } from 'zod';
import type {
  ChangePasswordInputSchema,
  ProfileUpdateInputSchema,
  ResetPasswordInputSchema,
  SignupInputSchema,
} from '@galaxy/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { MailService } from '../mail/mail.service';
import { AccessPolicy } from '../organizations/access-policy';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';
import { RateLimiter, type RateLimit } from './rate-limiter';
import { SessionsService } from './sessions.service';
import { hashToken, newToken } from './tokens';

type EmailPurpose = 'verify_email' | 'reset_password' | 'unlock_login';
const TOKEN_HOURS: Record<EmailPurpose, number> = { verify_email: 72, reset_password: 1, unlock_login: 24 };

/** Failed sign-ins on one account (from anywhere) after which its owner is mailed an unlock link, once per window. */
const UNLOCK_MAIL_AFTER = 10;
const UNLOCK_WINDOW_SECONDS = 3600;

/** Sign-in limits, counting failures: per account and address, and per address (password spraying). */
export const loginLimits = (email: string, ip: string | undefined): RateLimit[] => [
  { key: `login:account-ip:${email}|${ip}`, limit: 10, windowSeconds: 900 },
  { key: `login:ip:${ip}`, limit: 30, windowSeconds: 900 },
];

/** A hash to verify against when the email is unknown, so a wrong email costs as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

export interface RequestMeta {
  ip?: string;
  userAgent?: string;
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Answers the same whether or not the address has an account (the caller learns nothing): a new
   * address gets its confirmation link, an existing one a mail telling its owner, with a sign-in and
   * a reset link. Nobody is signed in here; the confirmation page leads to sign-in.
   */
  async signup(input: z.output<typeof SignupInputSchema>, meta: RequestMeta): Promise<void> {
    await this.limiter.consume(
      { key: `signup:ip:${meta.ip}`, limit: 30, windowSeconds: 3600 },
      { key: `signup:email:${input.email}`, limit: 5, windowSeconds: 3600 },
    );
    assertStrongPassword(input.password, [input.email, input.name, 'galaxy']);
    const passwordHash = await hashPassword(input.password);
    // The unique address decides (concurrent sign-ups with one address create one account).
    const [created] = await this.db.query(
      `INSERT INTO users (email, password_hash, name, languages, locale) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [input.email, passwordHash, input.name, input.languages, input.locale],
    );
    // Mails go out after the answer, so its timing does not tell the two cases apart either.
    if (created) {
      this.mail.later(() => this.sendEmailToken(created.id, 'verify_email'));
      return;
    }
    this.mail.later(async () => {
      const [owner]: { email: string; locale: UiLanguage }[] = await this.db.query(
        `SELECT email, locale FROM users WHERE email = $1`,
        [input.email],
      );
      if (!owner) return;
      const loginLink = this.mail.link(`/login?${new URLSearchParams({ email: owner.email })}`);
      const resetLink = this.mail.link(`/forgot-password?${new URLSearchParams({ email: owner.email })}`);
      await this.mail.send(owner.email, owner.locale, (m) => m.signupExisting({ loginLink, resetLink }));
    });
  }

  async login(email: string, password: string, meta: RequestMeta): Promise<{ me: Me; token: string }> {
    // Failed attempts count per account and address, and per address across accounts (spraying);
    // signing in successfully does not. No counter is per account alone: guesses from one place never
    // keep the owner out from another, and the owner gets a link that lifts the limit (unlockLogin).
    const limits = loginLimits(email, meta.ip);
    await this.limiter.check(...limits);
    const [user] = await this.db.query(`SELECT id, password_hash FROM users WHERE email = $1`, [email]);
    decoyHash ??= hashPassword('decoy password that matches nothing');
    const ok = await verifyPassword(user?.password_hash ?? (await decoyHash), password);
    if (!user || !ok) {
      await this.limiter.consume(...limits).catch(() => undefined);
      const failures = await this.limiter.tally(`login:account:${email}`, UNLOCK_WINDOW_SECONDS);
      if (user && failures === UNLOCK_MAIL_AFTER) this.mail.later(() => this.sendEmailToken(user.id, 'unlock_login'));
      throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
    }
    const token = await this.sessions.create(user.id, meta);
    return { me: await this.me(user.id), token };
  }

  /**
   * The link mailed after repeated failed sign-ins: lifts the sign-in limits of the account (from
   * every address) and of the address it is opened from. Works once.
   */
  async unlockLogin(token: string, meta: RequestMeta): Promise<void> {
    await this.db.transaction(async (m) => {
      const userId = await this.useEmailToken(m, token, 'unlock_login');
      const [{ email }] = await m.query(`SELECT email FROM users WHERE id = $1`, [userId]);
      await m.query(`DELETE FROM rate_limits WHERE key = ANY($1::text[]) OR starts_with(key, $2)`, [
        [`login:account:${email}`, `login:ip:${meta.ip}`],
        `login:account-ip:${email}|`,
      ]);
    });
  }

  async me(userId: string): Promise<Me> {
    const [user] = await this.db.query(
      `SELECT u.id, u.email, u.name, u.languages, u.locale, u.notify_by_email, u.role, u.email_verified_at IS NOT NULL AS email_verified
       FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      languages: user.languages,
      locale: user.locale,
      notifyByEmail: user.notify_by_email,
      role: user.role,
      emailVerified: user.email_verified,
      memberships: await this.access.membershipsOf(user.id),
    };
  }

  async updateProfile(user: AuthUser, input: z.output<typeof ProfileUpdateInputSchema>): Promise<Me> {
    await this.db.query(
      `UPDATE users SET name = COALESCE($2, name), languages = COALESCE($3, languages),
         notify_by_email = COALESCE($4, notify_by_email), locale = COALESCE($5, locale), updated_at = now() WHERE id = $1`,
      [user.id, input.name ?? null, input.languages ?? null, input.notifyByEmail ?? null, input.locale ?? null],
    );
    return this.me(user.id);
  }

  async verifyEmail(token: string): Promise<Me> {
    const userId = await this.db.transaction(async (m) => {
      const id = await this.useEmailToken(m, token, 'verify_email');
      await m.query(`UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()) WHERE id = $1`, [id]);
      return id;
    });
    return this.me(userId);
  }

  async resendVerification(user: AuthUser): Promise<void> {
    if (user.emailVerified) return;
    await this.limiter.consume({ key: `verify:user:${user.id}`, limit: 5, windowSeconds: 3600 });
    await this.sendEmailToken(user.id, 'verify_email');
  }

  /** Always answers the same, whether or not the email has an account. */
  async forgotPassword(email: string, meta: RequestMeta): Promise<void> {
    await this.limiter.consume(
      { key: `reset:email:${email}`, limit: 5, windowSeconds: 3600 },
      { key: `reset:ip:${meta.ip}`, limit: 30, windowSeconds: 3600 },
    );
    const [user] = await this.db.query(`SELECT id FROM users WHERE email = $1`, [email]);
    if (user) await this.sendEmailToken(user.id, 'reset_password');
  }

  async resetPassword(input: z.output<typeof ResetPasswordInputSchema>): Promise<void> {
    const [owner] = await this.db.query(
      `SELECT u.email, u.name FROM email_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
      [hashToken(input.token)],
    );
    if (owner) assertStrongPassword(input.password, [owner.email, owner.name, 'galaxy']);
    const passwordHash = await hashPassword(input.password);
    await this.db.transaction(async (m) => {
      const userId = await this.useEmailToken(m, input.token, 'reset_password');
      // Reading the reset link proves the address too.
      await m.query(
        `UPDATE users SET password_hash = $2, password_changed_at = now(), email_verified_at = COALESCE(email_verified_at, now()),
           updated_at = now() WHERE id = $1`,
        [userId, passwordHash],
      );
      await m.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    });
  }

  async changePassword(user: AuthUser, input: z.output<typeof ChangePasswordInputSchema>): Promise<void> {
    await this.limiter.consume({ key: `password:user:${user.id}`, limit: 10, windowSeconds: 900 });
    const [row] = await this.db.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
      throw new AppError('INVALID_CREDENTIALS', 'Your current password is not right', [
        { location: 'body', field: 'currentPassword', message: 'Not your current password' },
      ]);
    }
    assertStrongPassword(input.newPassword, [user.email, user.name, 'galaxy'], 'newPassword');
    await this.db.query(
      `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`,
      [user.id, await hashPassword(input.newPassword)],
    );
    await this.sessions.revokeAll(user.id, user.sessionId);
  }

  /** Creates the account if missing (demo accounts, ADMIN_EMAIL), verified, with this role. */
  async ensureUser(email: string, password: string, name: string, role: GlobalRole): Promise<string> {
    const [existing] = await this.db.query(`SELECT id FROM users WHERE email = $1`, [email]);
    if (existing) return existing.id;
    const [{ id }] = await this.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [email.toLowerCase(), await hashPassword(password), name, role],
    );
    return id;
  }

  /** Emails a one-time link, in the language the person reads Galaxy in. */
  private async sendEmailToken(userId: string, purpose: EmailPurpose): Promise<void> {
    const token = newToken();
    const hours = TOKEN_HOURS[purpose];
    await this.db.query(
      `INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [hashToken(token), userId, purpose, hours],
    );
    const [user]: { email: string; locale: UiLanguage }[] = await this.db.query(
      `SELECT email, locale FROM users WHERE id = $1`,
      [userId],
    );
    if (purpose === 'verify_email') {
      const link = this.mail.link(`/verify-email?token=${token}`);
      await this.mail.send(user.email, user.locale, (m) => m.verifyEmail({ link, hours }));
    } else if (purpose === 'unlock_login') {
      const link = this.mail.link(`/login?unlock=${token}`);
      await this.mail.send(user.email, user.locale, (m) => m.unlockLogin({ link, hours }));
    } else {
      const link = this.mail.link(`/reset-password?token=${token}`);
      await this.mail.send(user.email, user.locale, (m) => m.resetPassword({ link, hours }));
    }
  }

  /** Marks a one-time token used and returns its user; unknown, used or expired → 400 TOKEN_INVALID. */
  private async useEmailToken(m: EntityManager, token: string, purpose: EmailPurpose): Promise<string> {
    const [rows] = await m.query(
      `UPDATE email_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [hashToken(token), purpose],
    );
    if (!rows[0]) {
      throw new AppError('TOKEN_INVALID', 'This link is not valid any more: ask for a new one', [
        { location: 'body', field: 'token', message: 'Unknown, used or expired' },
      ]);
    }
    return rows[0].user_id;
  }
}
