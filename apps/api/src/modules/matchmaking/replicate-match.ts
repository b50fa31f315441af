import { Injectable } from '@nestjs/common';
import { findArea } from '@galaxy/contracts/reference';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { withoutNulls } from '../../common/objects';
import { AuditLog } from '../curation';
import type { Viewer } from './listings.service';
import { MatchesRepository } from './matches.repository';
import { MatchesService } from './matches.service';
import { ReplicationRepository } from './replication.repository';

/** A completed match with a solution starts a draft of its replication in the recipient's country. */
@Injectable()
export class ReplicateMatch {
  constructor(
    private readonly db: DataSource,
    private readonly matches: MatchesRepository,
    private readonly replication: ReplicationRepository,
    private readonly reader: MatchesService,
    private readonly audit: AuditLog,
  ) {}

  run(user: AuthUser, viewer: Viewer, id: string): Promise<{ solutionId: string }> {
    return this.db.transaction(async (m) => {
      await this.matches.lock(m, id);
      const { row, parties } = await this.reader.visible(viewer, id, m);
      if (row.stage !== 'completed' || !row.solutionId)
        throw new AppError('INVALID_TRANSITION', 'Only a completed match on a solution can start a replication');
      if (row.replicationSolutionId) throw new AppError('CONFLICT', 'This match already started its replication');
      // The recipient replicated it at home, so the draft is theirs (the provider's when only it asks).
      const organizationId =
        parties.includes('recipient') || !parties.includes('provider') ? row.recipientId : row.providerId;
      const original = await this.replication.findSource(m, row.solutionId);
      if (!original) throw AppError.notFound('Solution');
      const organization = async (orgId: string, role: string) => {
        const o = await this.replication.findOrganizationCard(m, orgId);
        if (!o) throw AppError.notFound('Organization');
        return withoutNulls({ name: o.name, type: o.type, role, country: o.country, acronym: o.acronym });
      };
      const other = organizationId === row.recipientId ? row.providerId : row.recipientId;
      const names = row.needCountries.map((c) => findArea(c)?.name.en ?? c).join(', ');
      const content = withoutNulls({
        language: original.language,
        title: `${original.title} — replicated in ${names}`.slice(0, 300),
        summary: original.summary,
        challenge: original.challenge,
        towardsSolution: original.towardsSolution,
        resultsImpact: row.outcome ?? original.resultsImpact,
        sustainability: original.sustainability,
        replicability: original.replicability,
        lessonsLearned: original.lessonsLearned,
        buildingBlocks: original.buildingBlocks,
        sdgs: original.sdgs,
        sdgTargets: original.sdgTargets,
        countries: [...original.countries, ...row.needCountries.map((c) => ({ country: c, role: 'recipient' }))],
        modality: original.modality,
        themes: original.themes,
        organizations: [await organization(organizationId, 'implementing'), await organization(other, 'supporting')],
        projectStatus: 'ongoing',
        startYear: new Date().getFullYear(),
      });
      const solutionId = await this.replication.insertDraft(m, {
        organizationId,
        content,
        authorId: user.id,
        replicatedFrom: row.solutionId,
      });
      await this.matches.recordReplication(m, id, solutionId);
      await this.audit.record(m, {
        entity: 'solution',
        entityId: solutionId,
        action: 'create',
        actorId: user.id,
        to: 'draft',
        note: `Replication of "${original.title}", from a completed match`,
        revisionNumber: 1,
      });
      return { solutionId };
    });
  }
}
