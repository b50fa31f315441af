import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { DevMail } from '@galaxy/contracts';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { APP_CONFIG, isLoopbackHost, type AppConfig } from '../../config/env';

const KEEP = 200;

/**
 * Whether /dev/mail and GET /api/v1/dev/mail exist: outside production, without SMTP_URL, and only
 * while the server listens on loopback. Anyone who can read the mailbox can reset any password, so
 * it is never reachable from another machine.
 */
export const devMailboxReadable = (config: Pick<AppConfig, 'NODE_ENV' | 'SMTP_URL' | 'HOST'>): boolean =>
  config.NODE_ENV !== 'production' && !config.SMTP_URL && isLoopbackHost(config.HOST);

/**
 * A real SMTP server on loopback that keeps the last messages in memory, for development and tests:
 * shown at /dev/mail and GET /api/v1/dev/mail when the server listens on loopback. Never started in
 * production.
 */
@Injectable()
export class DevMailbox implements OnModuleDestroy {
  private server?: SMTPServer;
  private listening?: Promise<number>;
  private readonly messages: DevMail[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

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
            .then((mail) => {
              const text = mail.text ?? '';
              this.messages.unshift({
                id: randomUUID(),
                to: session.envelope.rcptTo.map((r) => r.address),
                subject: mail.subject ?? '',
                text,
                language: String(mail.headers.get('content-language') ?? '') || null,
                links: [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
                receivedAt: new Date().toISOString(),
              });
              this.messages.splice(KEEP);
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

  list(to?: string): DevMail[] {
    return to
      ? this.messages.filter((m) => m.to.some((t) => t.toLowerCase() === to.toLowerCase()))
      : [...this.messages];
  }

  onModuleDestroy(): Promise<void> | void {
    if (this.server) return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}
