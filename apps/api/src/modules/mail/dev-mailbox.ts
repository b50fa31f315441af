import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { DevMail } from '@galaxy/contracts';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { APP_CONFIG, isLoopbackHost, type AppConfig } from '../../config/env';
import { DevMailsRepository } from './dev-mails.repository';

const KEEP = 200;

/**
 * Whether /dev/mail and GET /api/v1/dev/mail exist: outside production, without SMTP_URL, and only
 * while the server listens on loopback. Anyone who can read the mailbox can reset any password, so
 * it is never reachable from another machine.
 */
export const devMailboxReadable = (config: Pick<AppConfig, 'NODE_ENV' | 'SMTP_URL' | 'HOST'>): boolean =>
  config.NODE_ENV !== 'production' && !config.SMTP_URL && isLoopbackHost(config.HOST);

/**
 * A real SMTP server on loopback, for development and tests, that keeps the last messages in
 * PostgreSQL (`dev_mails`): every process runs its own, and /dev/mail and GET /api/v1/dev/mail show
 * what any of them caught, whichever replica answers. Never started in production.
 */
@Injectable()
export class DevMailbox implements OnModuleDestroy {
  private server?: SMTPServer;
  private listening?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: DevMailsRepository,
  ) {}

  /** Catches mail: outside production when SMTP_URL is unset. */
  get enabled(): boolean {
    return this.config.NODE_ENV !== 'production' && !this.config.SMTP_URL;
  }

  /** Shows what it caught over HTTP (see devMailboxReadable). */
  get readable(): boolean {
    return devMailboxReadable(this.config);
  }

  port(): Promise<number> {
    if (!this.enabled) throw new Error('the development mailbox is off (production, or SMTP_URL is set)');
    this.listening ??= new Promise((resolve, reject) => {
      this.server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        banner: 'Galaxy development mailbox',
        onData: (stream, session, callback) => {
          simpleParser(stream)
            .then(async (mail) => {
              const text = mail.text ?? '';
              // Accepted (callback) only once stored: a sent mail is in the mailbox when sendMail returns.
              await this.keep({
                to: session.envelope.rcptTo.map((r) => r.address),
                subject: mail.subject ?? '',
                text,
                language: String(mail.headers.get('content-language') ?? '') || null,
                links: [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
              });
              callback();
            })
            .catch((error: Error) => callback(error));
        },
      });
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server?.server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
    return this.listening;
  }

  private async keep(mail: Omit<DevMail, 'id' | 'receivedAt'>): Promise<void> {
    await this.mails.insert(mail, this.config.GALAXY_REPLICA_ID);
    // The newest KEEP stay; now and then is enough.
    if (Math.random() < 0.1) await this.mails.prune(KEEP);
  }

  /** The newest messages first, all of them or those to one address. */
  list(to?: string): Promise<DevMail[]> {
    return this.mails.newest(KEEP, to);
  }

  onModuleDestroy(): Promise<void> | void {
    if (this.server) return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}
