import { Injectable } from '@nestjs/common';
import type { CurationQueue, CurationQueueQuery, VerificationDueList } from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { deriveGeography } from '../search';
import { SolutionRevisionsRepository } from '../solutions/solution-revisions.repository';
import { SolutionsRepository } from '../solutions/solutions.repository';
import { VERIFICATION_MAX_MONTHS } from './curation.service';

/** What curators work through: submissions waiting for review, and solutions due for verification. */
@Injectable()
export class CurationQueueService {
  constructor(
    private readonly solutions: SolutionsRepository,
    private readonly revisions: SolutionRevisionsRepository,
  ) {}

  /** Submitted revisions, oldest first. */
  async queue(query: CurationQueueQuery): Promise<CurationQueue> {
    const countries = query.region
      ? AREA_REFS.filter((a) => regionsOf(a).includes(query.region as string)).map((a) => a.iso2)
      : null;
    const { items, total } = await this.revisions.queue(
      {
        sdg: query.sdg ?? null,
        countries,
        organizationId: query.organization ?? null,
        minAgeDays: query.minAgeDays ?? null,
      },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return {
      items: items.map((r) => {
        const list = Array.isArray(r.countries) ? (r.countries as { country?: unknown }[]) : [];
        return {
          solutionId: r.solutionId,
          revisionId: r.id,
          revisionNumber: r.number,
          title: r.title ?? '',
          organization: { id: r.organizationId, name: r.organizationName },
          sdgs: Array.isArray(r.sdgs) ? (r.sdgs as number[]) : [],
          regions: deriveGeography(list.map((c) => String(c.country ?? ''))).regions,
          submittedAt: r.submittedAt.toISOString(),
          ageDays: r.ageDays,
          revisesPublished: r.revisesPublished,
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Published solutions not verified for 18 months, the longest unverified first. */
  async verificationDue(): Promise<VerificationDueList> {
    const { items, total } = await this.solutions.dueForVerification(VERIFICATION_MAX_MONTHS);
    return {
      items: items.map((r) => ({
        solutionId: r.id,
        slug: r.slug,
        title: r.title,
        lastVerifiedAt: r.lastVerifiedAt?.toISOString() ?? null,
        confirmationRequestedAt: r.confirmationRequestedAt?.toISOString() ?? null,
      })),
      total,
    };
  }
}
