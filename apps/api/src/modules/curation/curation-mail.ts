import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts';
import { MailService } from '../mail';
import { AccessPolicy } from '../organizations';
import type { CurationDecision } from '../mail';

/**
 * The curation emails: curators hear of each submission, an organization's editors of each
 * decision. They are sent after the change commits, without holding up the response; a mail that
 * fails is logged by MailService and never undoes the decision.
 */
@Injectable()
export class CurationMail {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly mail: MailService,
    private readonly access: AccessPolicy,
  ) {}

  submitted(solution: { id: string; title: string; organization: string; revisesPublished: boolean }): void {
    this.mail.later(async () => {
      const curators = await this.accounts.staffToNotify();
      const link = this.mail.link(`/curation/solutions/${solution.id}`);
      await Promise.all(
        curators.map((c) =>
          this.mail.send(c.email, c.locale, (m) =>
            m.solutionSubmitted({
              title: solution.title,
              organization: solution.organization,
              revision: solution.revisesPublished,
              link,
            }),
          ),
        ),
      );
    });
  }

  decided(
    decision: CurationDecision,
    solution: { id: string; title: string; organizationId: string },
    note: string | null,
  ): void {
    this.mail.later(async () => {
      const editors = await this.access.peopleToNotify({
        organizationIds: [solution.organizationId],
        permission: 'solution.submit',
        optedInOnly: true,
      });
      const link = this.mail.link(`/manage/solutions/${solution.id}`);
      await Promise.all(
        editors.map((e) =>
          this.mail.send(e.email, e.locale, (m) => m.solutionDecided({ decision, title: solution.title, note, link })),
        ),
      );
    });
  }

  /** Runs after the response; shutdown waits for what is still being sent. */
}
