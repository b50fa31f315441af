import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailService } from '../mail/mail.service';

const DECISION_TEXT: Record<string, { subject: string; body: string }> = {
  approve: { subject: 'Published', body: 'was approved and is now published on Galaxy' },
  request_changes: { subject: 'Changes requested', body: 'needs changes before it can be published' },
  reject: { subject: 'Not accepted', body: 'was not accepted for publication' },
  unpublish: { subject: 'Unpublished', body: 'was unpublished and no longer appears on Galaxy' },
};

/**
 * The curation emails: curators hear of each submission, an organization's editors of each
 * decision. They are sent after the change commits, without holding up the response; a mail that
 * fails is logged by MailService and never undoes the decision.
 */
@Injectable()
export class CurationMail {
  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  submitted(solution: { id: string; title: string; organization: string; revisesPublished: boolean }): void {
    this.mail.later(async () => {
      const curators: { email: string }[] = await this.db.query(
        `SELECT email FROM users WHERE role IN ('curator', 'admin') AND notify_by_email AND email_verified_at IS NOT NULL`,
      );
      const what = solution.revisesPublished ? 'A revision of a published solution' : 'A new solution';
      await Promise.all(
        curators.map((c) =>
          this.mail.send({
            to: c.email,
            subject: `To review: ${solution.title}`,
            text: `${what} was submitted by ${solution.organization}: "${solution.title}".\n\nReview it here:\n\n${this.mail.link(`/curation/solutions/${solution.id}`)}\n`,
          }),
        ),
      );
    });
  }

  decided(
    decision: keyof typeof DECISION_TEXT,
    solution: { id: string; title: string; organizationId: string },
    note: string | null,
  ): void {
    this.mail.later(async () => {
      const editors: { email: string }[] = await this.db.query(
        `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.organization_id = $1 AND m.role IN ('admin', 'editor') AND u.notify_by_email`,
        [solution.organizationId],
      );
      const text = DECISION_TEXT[decision];
      await Promise.all(
        editors.map((e) =>
          this.mail.send({
            to: e.email,
            subject: `${text.subject}: ${solution.title}`,
            text: `"${solution.title}" ${text.body}.${note ? `\n\nThe curator wrote:\n\n${note}` : ''}\n\nSee it here:\n\n${this.mail.link(`/manage/solutions/${solution.id}`)}\n`,
          }),
        ),
      );
    });
  }

  /** Runs after the response; shutdown waits for what is still being sent. */
}
