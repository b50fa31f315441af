import { Inject, Injectable } from '@nestjs/common';
import type { GlobalRole, Me } from '@galaxy/contracts';
import type { z } from 'zod';
import type {
  ChangePasswordInputSchema,
  ProfileUpdateInputSchema,
  ResetPasswordInputSchema,
  SignupInputSchema,
} from '@galaxy/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailPurpose } from './account.entity';
import { AccountsRepository, type UserProfile } from './accounts.repository';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { MailService } from '../mail';
import { MEMBERSHIP_DIRECTORY, type MembershipDirectory } from './membership-directory';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';
import { RateLimiter, type RateLimit } from './rate-limiter';
import { SessionsService } from './sessions.service';
import { hashToken, newToken } from './tokens';

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
    @Inject(MEMBERSHIP_DIRECTORY) private readonly memberships: MembershipDirectory,
    private readonly accounts: AccountsRepository,
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
    const created = await this.accounts.createUser({
      email: input.email,
      passwordHash,
      name: input.name,
      languages: input.languages,
      locale: input.locale,
    });
    // Mails go out after the answer, so its timing does not tell the two cases apart either.
    if (created) {
      this.mail.later(() => this.sendEmailToken(created, 'verify_email'));
      return;
    }
    this.mail.later(async () => {
      const owner = await this.accounts.contact({ email: input.email });
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
    const user = await this.accounts.credentials(email);
    decoyHash ??= hashPassword('decoy password that matches nothing');
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
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
      const email = await this.accounts.emailOf(m, userId);
      await this.accounts.clearCounters(
        m,
        [`login:account:${email}`, `login:ip:${meta.ip}`],
        `login:account-ip:${email}|`,
      );
    });
  }

  async me(userId: string): Promise<Me> {
    const user = await this.accounts.profile(userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    return toMe(user, await this.memberships.membershipsOf(user.id));
  }

  async updateProfile(user: AuthUser, input: z.output<typeof ProfileUpdateInputSchema>): Promise<Me> {
    await this.accounts.updateProfile(user.id, input);
    return this.me(user.id);
  }

  async verifyEmail(token: string): Promise<Me> {
    const userId = await this.db.transaction(async (m) => {
      const id = await this.useEmailToken(m, token, 'verify_email');
      await this.accounts.markEmailVerified(m, id);
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
    const userId = await this.accounts.idByEmail(email);
    if (userId) await this.sendEmailToken(userId, 'reset_password');
  }

  async resetPassword(input: z.output<typeof ResetPasswordInputSchema>): Promise<void> {
    const owner = await this.accounts.ownerOfEmailToken(hashToken(input.token));
    if (owner) assertStrongPassword(input.password, [owner.email, owner.name, 'galaxy']);
    const passwordHash = await hashPassword(input.password);
    await this.db.transaction(async (m) => {
      const userId = await this.useEmailToken(m, input.token, 'reset_password');
      // Reading the reset link proves the address too.
      await this.accounts.setPassword(userId, passwordHash, { proveEmail: true }, m);
      await this.accounts.revokeSessionsOf(userId, null, m);
    });
  }

  async changePassword(user: AuthUser, input: z.output<typeof ChangePasswordInputSchema>): Promise<void> {
    await this.limiter.consume({ key: `password:user:${user.id}`, limit: 10, windowSeconds: 900 });
    const passwordHash = await this.accounts.passwordHashOf(user.id);
    if (!passwordHash || !(await verifyPassword(passwordHash, input.currentPassword))) {
      throw new AppError('INVALID_CREDENTIALS', 'Your current password is not right', [
        { location: 'body', field: 'currentPassword', message: 'Not your current password' },
      ]);
    }
    assertStrongPassword(input.newPassword, [user.email, user.name, 'galaxy'], 'newPassword');
    await this.accounts.setPassword(user.id, await hashPassword(input.newPassword), { proveEmail: false });
    await this.sessions.revokeAll(user.id, user.sessionId);
  }

  /** Creates the account if missing (demo accounts, ADMIN_EMAIL), verified, with this role. */
  async ensureUser(email: string, password: string, name: string, role: GlobalRole): Promise<string> {
    const existing = await this.accounts.idByEmail(email);
    if (existing) return existing;
    return this.accounts.createVerifiedUser({
      email: email.toLowerCase(),
      passwordHash: await hashPassword(password),
      name,
      role,
    });
  }

  /** Emails a one-time link, in the language the person reads Galaxy in. */
  private async sendEmailToken(userId: string, purpose: EmailPurpose): Promise<void> {
    const token = newToken();
    const hours = TOKEN_HOURS[purpose];
    await this.accounts.createEmailToken({ hash: hashToken(token), userId, purpose, hours });
    const user = await this.accounts.contact({ id: userId });
    if (!user) return; // the account was deleted meanwhile
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
    const userId = await this.accounts.useEmailToken(m, hashToken(token), purpose);
    if (!userId) {
      throw new AppError('TOKEN_INVALID', 'This link is not valid any more: ask for a new one', [
        { location: 'body', field: 'token', message: 'Unknown, used or expired' },
      ]);
    }
    return userId;
  }
}

/** The signed-in user's own account, as the contract shows it. */
export function toMe(user: UserProfile, memberships: Me['memberships']): Me {
  return { ...user, memberships };
}
