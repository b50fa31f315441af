import { Injectable } from '@nestjs/common';
import type { Match, MatchStage, MatchUpdateInput } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { AuditLog } from '../curation';
import type { Viewer } from './listings.service';
import { MatchNotifications } from './match-notifications';
import { assertMove, LIVE_STAGES } from './match-workflow';
import { MatchesRepository, type MatchChanges, type MatchView } from './matches.repository';
import { MatchesService } from './matches.service';

/** A party or the broker moves the stage (by the workflow's table), records commitments or milestones. */
@Injectable()
export class UpdateMatch {
  constructor(
    private readonly db: DataSource,
    private readonly matches: MatchesRepository,
    private readonly reader: MatchesService,
    private readonly notifications: MatchNotifications,
    private readonly audit: AuditLog,
  ) {}

  async run(user: AuthUser, viewer: Viewer, id: string, input: MatchUpdateInput): Promise<Match> {
    let notify: { row: MatchView; to: MatchStage; note: string | undefined } | undefined;
    await this.db.transaction(async (m) => {
      await this.matches.lock(m, id);
      const { row, parties } = await this.reader.visible(viewer, id, m);
      if (row.version !== input.version)
        throw new AppError(
          'STALE_VERSION',
          'Someone acted on this match after you opened it: here it is now',
          [{ location: 'body', field: 'version', message: `The current version is ${row.version}` }],
          {},
          // Read on the transaction's own connection: a second pool connection, taken while this
          // one holds the row lock that other requests wait on, can exhaust the pool and hang them all.
          { current: await this.reader.toMatch(m, row, parties) },
        );
      const set: MatchChanges = {};
      if (input.stage) {
        assertMove(row.stage, input.stage, parties);
        set.stage = input.stage;
        if (input.stage === 'introduced') set.introducedAt = new Date();
        if (row.stage === 'introduced' && (input.stage === 'exploring' || input.stage === 'dropped')) {
          set.answeredAt = new Date();
          set.accepted = input.stage === 'exploring';
        }
        if (input.stage === 'completed') {
          set.completedAt = new Date();
          set.outcome = input.outcome;
        }
        if (input.stage === 'dropped') set.dropReason = input.note;
      } else if (!LIVE_STAGES.includes(row.stage)) {
        throw new AppError('INVALID_TRANSITION', `A ${row.stage} match cannot be changed`);
      }
      if (input.commitment !== undefined) {
        const party = parties.includes('provider') ? 'provider' : parties.includes('recipient') ? 'recipient' : null;
        if (!party) throw AppError.forbidden('Only the two parties record their commitments');
        set[party === 'provider' ? 'providerCommitment' : 'recipientCommitment'] = input.commitment || null;
      }
      if (input.milestones) set.milestones = input.milestones.map((ms) => ({ ...ms, done: ms.done ?? false }));
      await this.matches.applyChanges(m, id, set);
      await this.audit.record(m, {
        entity: 'match',
        entityId: id,
        action: input.stage ? 'stage' : 'edit',
        actorId: user.id,
        from: row.stage,
        to: input.stage ?? row.stage,
        note: input.note ?? null,
        fields: Object.keys(input).filter((k) => k !== 'version'),
      });
      if (input.stage) notify = { row, to: input.stage, note: input.note };
    });
    if (notify) this.notifications.stageChanged(notify.row, notify.to, notify.note);
    return this.reader.get(viewer, id);
  }
}
