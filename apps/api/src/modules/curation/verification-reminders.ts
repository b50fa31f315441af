import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_LOCKS, tryTransactionLock } from '../../database/locks';
import { AccountsRepository } from '../accounts';
import { AppError } from '../../common/app-error';
import { Periodic } from '../../common/periodic';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { hashToken, newToken } from '../accounts';
import type { UiLanguage } from '@galaxy/contracts';
import { MailService } from '../mail';
import { mailLanguage } from '../mail';
import { AccessPolicy } from '../organizations';
import { AuditLog } from './audit-log';
import { SolutionsRepository } from '../solutions';
import { VERIFICATION_MAX_MONTHS } from './curation.service';

const FIRST_RUN_MS = 60 * 1000;
/** A contact is asked again after this long without an answer. */
const ASK_AGAIN_AFTER_DAYS = 30;
/** How long a confirmation link works, in days. */
const LINK_VALID_DAYS = 60;
const BATCH = 200;

/**
 * Solutions not verified for 18 months: their contact (or else the organization's editors) is
 * asked by email to confirm the solution is still accurate; the link in the mail marks it verified.
 */
@Injectable()
export class VerificationReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('VerificationReminders');
  private readonly schedule = new Periodic(this.logger, async () => {
    const n = await this.sendDue();
    return n ? `asked ${n} solution contacts to confirm their solution` : undefined;
  });

  constructor(
    private readonly db: DataSource,
    private readonly solutions: SolutionsRepository,
    private readonly mail: MailService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessPolicy,
    private readonly accounts: AccountsRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDERS_ENABLED)
      this.schedule.start(Math.min(FIRST_RUN_MS, this.config.REMINDERS_EVERY_MS), this.config.REMINDERS_EVERY_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** One round: asks the contacts of up to 200 due solutions. Returns how many were asked. */
  async sendDue(): Promise<number> {
    const mails: { to: string[]; language: UiLanguage; title: string; token: string }[] = [];
    let asked = 0;
    await this.db.transaction(async (m) => {
      if (!(await tryTransactionLock(m, JOB_LOCKS.verificationReminders))) return; // another replica is on it
      const due = await this.solutions.claimDueForReminder(m, VERIFICATION_MAX_MONTHS, ASK_AGAIN_AFTER_DAYS, BATCH);
      for (const s of due) {
        // A contact with an account reads it in their language; one without, in the solution's.
        const contacts = s.contacts.map((c) => c.email).filter((e): e is string => Boolean(e));
        let to: { email: string; locale: string }[] = await this.accounts.localesOf(
          m,
          contacts,
          mailLanguage(s.language),
        );
        if (!to.length && s.ownerOrganizationId) {
          to = await this.access.peopleToNotify({ organizationIds: [s.ownerOrganizationId], optedInOnly: false }, m);
        }
        const token = newToken();
        await this.solutions.requestConfirmation(m, s.id, hashToken(token));
        await this.audit.record(m, {
          entity: 'solution',
          entityId: s.id,
          action: 'verification_requested',
          actorId: null,
          note: to.length ? `Asked ${to.length} contact(s)` : 'No contact to ask: staff should check it',
        });
        if (to.length) asked++;
        // One mail per language, to everyone who reads it.
        for (const language of new Set(to.map((r) => mailLanguage(r.locale)))) {
          const readers = to.filter((r) => mailLanguage(r.locale) === language).map((r) => r.email);
          mails.push({ to: readers, language, title: s.title, token });
        }
      }
    });
    for (const mail of mails) {
      const link = this.mail.link(`/confirm-solution?token=${mail.token}`);
      await this.mail.send(mail.to.join(', '), mail.language, (m) =>
        m.verificationReminder({
          title: mail.title,
          months: VERIFICATION_MAX_MONTHS,
          validDays: LINK_VALID_DAYS,
          link,
        }),
      );
    }
    return asked;
  }

  /** The contact's one click: the solution is verified today. */
  async confirm(token: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const solutionId = await this.solutions.lockByConfirmation(m, hashToken(token), LINK_VALID_DAYS);
      if (!solutionId) throw new AppError('TOKEN_INVALID', 'This confirmation link is not valid any more');
      await this.solutions.markVerified(m, solutionId);
      await this.audit.record(m, {
        entity: 'solution',
        entityId: solutionId,
        action: 'verify',
        actorId: null,
        note: 'Confirmed by its contact from the email link',
      });
    });
  }
}
