import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { UiLanguage } from '@galaxy/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { DevMailbox } from './dev-mailbox';
import { MAIL_MESSAGES, type MailMessages, type MailText } from './messages';

/** Sends mail over SMTP: SMTP_URL in production, the built-in development mailbox otherwise. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly devMailbox: DevMailbox,
  ) {}

  private async transporter(): Promise<Transporter> {
    if (!this.transport) {
      const url = this.config.SMTP_URL ?? `smtp://127.0.0.1:${await this.devMailbox.port()}`;
      this.transport = createTransport(url, { from: this.config.MAIL_FROM });
    }
    return this.transport;
  }

  /**
   * Sends one mail, written in the recipient's language: `write` picks the mail from that
   * language's catalog, e.g. `send(to, 'fr', (m) => m.resetPassword({ link, hours }))`.
   */
  async send(to: string, language: UiLanguage, write: (messages: MailMessages) => MailText): Promise<void> {
    try {
      const { subject, text } = write(MAIL_MESSAGES[language]);
      await (await this.transporter()).sendMail({ to, subject, text, headers: { 'Content-Language': language } });
    } catch (error) {
      // A mail that cannot be sent must not undo what the user did; it is logged for staff.
      this.logger.error(`mail to ${to} not sent: ${String(error)}`);
    }
  }

  /**
   * Works out and sends mails after the response, so a slow mail server never holds up the user;
   * a failure is logged. Shutdown waits for what is still being sent.
   */
  later(compose: () => Promise<void>): void {
    const promise = compose()
      .catch((error: unknown) => this.logger.error(`mail not sent: ${String(error)}`))
      .finally(() => this.pending.delete(promise));
    this.pending.add(promise);
  }

  /** An absolute link into the web app, for emails. */
  link(path: string): string {
    return new URL(path, this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).toString();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    this.transport?.close();
  }
}
