import { Injectable } from '@nestjs/common';
import type { MatchStage } from '@galaxy/contracts';
import { MailService } from '../mail';
import { AccessPolicy, type Recipient } from '../organizations';
import type { MatchView } from './matches.repository';

/** Who hears of a match and what they are told: the members of both organizations and the broker. */
@Injectable()
export class MatchNotifications {
  constructor(
    private readonly access: AccessPolicy,
    private readonly mail: MailService,
  ) {}

  /** After the transaction: an introduction, or the new stage, to everyone in the match. */
  stageChanged(row: MatchView, to: MatchStage, note: string | undefined): void {
    this.mail.later(async () => {
      const people = await this.recipientsOf({ ...row, stage: to });
      const link = this.mail.link(`/matches/${row.id}`);
      const parties = { recipient: row.recipientName, provider: row.providerName, need: row.needTitle };
      await Promise.all(
        people.map((p) =>
          this.mail.send(p.email, p.locale, (m) =>
            to === 'introduced'
              ? m.matchIntroduction({ ...parties, reasons: row.reasons, note, link })
              : m.matchStage({ ...parties, stage: to, note, link }),
          ),
        ),
      );
    });
  }

  /** A new message, to everyone in the match but its author. */
  messagePosted(row: MatchView, author: { email: string; name: string }, body: string): void {
    this.mail.later(async () => {
      const others = (await this.recipientsOf(row)).filter((r) => r.email !== author.email);
      const link = this.mail.link(`/matches/${row.id}`);
      await Promise.all(
        others.map((r) =>
          this.mail.send(r.email, r.locale, (m) =>
            m.matchMessage({ author: author.name, need: row.needTitle, body, link }),
          ),
        ),
      );
    });
  }

  /** A reminder that the match has been idle for `days`. */
  async idle(row: MatchView, days: number): Promise<void> {
    const link = this.mail.link(`/matches/${row.id}`);
    for (const p of await this.recipientsOf(row))
      await this.mail.send(p.email, p.locale, (m) =>
        m.matchIdle({
          days,
          need: row.needTitle,
          recipient: row.recipientName,
          provider: row.providerName,
          stage: row.stage,
          link,
        }),
      );
  }

  /** Members of both organizations (the provider once introduced) and the broker, with their languages. */
  private recipientsOf(
    row: Pick<MatchView, 'recipientId' | 'providerId' | 'brokerId' | 'stage'>,
  ): Promise<Recipient[]> {
    return this.access.peopleToNotify({
      organizationIds: row.stage !== 'suggested' ? [row.recipientId, row.providerId] : [row.recipientId],
      alsoUsers: row.brokerId ? [row.brokerId] : [],
      optedInOnly: true,
    });
  }
}
