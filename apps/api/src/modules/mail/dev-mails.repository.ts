import { Injectable } from '@nestjs/common';
import type { DevMail } from '@galaxy/contracts';
import { DataSource } from 'typeorm';

interface DevMailRow {
  id: string;
  recipients: string[];
  subject: string;
  text: string;
  language: string | null;
  links: string[];
  received_at: Date;
}

/** The development mailbox's store (`dev_mails`), shared by every process: the only code that reads or writes it. */
@Injectable()
export class DevMailsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(mail: Omit<DevMail, 'id' | 'receivedAt'>, sentBy: string): Promise<void> {
    await this.db.query(
      `INSERT INTO dev_mails (recipients, subject, text, language, links, sent_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [mail.to, mail.subject, mail.text, mail.language, mail.links, sentBy],
    );
  }

  /** Keeps the newest `keep` messages. */
  async prune(keep: number): Promise<void> {
    await this.db.query(
      `DELETE FROM dev_mails WHERE received_at < (SELECT received_at FROM dev_mails ORDER BY received_at DESC OFFSET $1 LIMIT 1)`,
      [keep],
    );
  }

  /** The newest messages first, all of them or those to one address (case ignored). */
  async newest(limit: number, to?: string): Promise<DevMail[]> {
    const rows: DevMailRow[] = await this.db.query(
      `SELECT id, recipients, subject, text, language, links, received_at FROM dev_mails
       WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM unnest(recipients) r WHERE lower(r) = lower($1))
       ORDER BY received_at DESC, id LIMIT $2`,
      [to ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      to: r.recipients,
      subject: r.subject,
      text: r.text,
      language: r.language,
      links: r.links,
      receivedAt: r.received_at.toISOString(),
    }));
  }
}
