import { Injectable } from '@nestjs/common';
import type { Match, MatchList, MatchParty, MatchStage } from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { Viewer } from './listings.service';
import { partiesOf, toMatch, toMatchSummary } from './match.mapper';
import { canSee } from './match-workflow';
import { MatchesRepository, type MatchView } from './matches.repository';

/**
 * Reading brokered matches. Only the two parties and staff see a match (the provider once
 * introduced). The changes are use cases of their own: create-match.ts, update-match.ts,
 * post-match-message.ts, replicate-match.ts, remind-idle-matches.ts.
 */
@Injectable()
export class MatchesService {
  constructor(
    private readonly db: DataSource,
    private readonly matches: MatchesRepository,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Match> {
    const { row, parties } = await this.visible(viewer, id);
    return this.toMatch(this.db.manager, row, parties);
  }

  async list(viewer: Viewer, query: { mine?: boolean; needId?: string; stage?: MatchStage }): Promise<MatchList> {
    const mineOnly = query.mine || !viewer.staff;
    const rows = await this.matches.listViews({
      needId: query.needId,
      stage: query.stage,
      onlyOf: mineOnly ? { userId: viewer.user?.id ?? null, organizationIds: viewer.organizations } : undefined,
    });
    return { items: rows.map(toMatchSummary) };
  }

  /** The match and the viewer's parts in it; 404 when it does not exist or the viewer may not see it. */
  async visible(
    viewer: Viewer,
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<{ row: MatchView; parties: MatchParty[] }> {
    const row = await this.matches.findView(id, m);
    if (!row) throw AppError.notFound('Match');
    const parties = partiesOf(viewer, row);
    if (!canSee(row.stage, parties)) throw AppError.notFound('Match');
    return { row, parties };
  }

  /** The full match, its history and messages read on `m` (inside a transaction: its own connection). */
  async toMatch(m: EntityManager, row: MatchView, parties: MatchParty[]): Promise<Match> {
    const history = await this.matches.stageHistory(m, row.id);
    const messages = await this.matches.messages(m, row.id);
    return toMatch(row, history, messages, parties);
  }
}
