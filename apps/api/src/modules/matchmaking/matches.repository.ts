import { Injectable } from '@nestjs/common';
import type { MatchParty, MatchStage } from '@galaxy/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { MatchEntity, MatchMessageEntity } from './match.entity';
import { LIVE_STAGES } from './match-workflow';

/** A match with the names of what it joins: its need, both organizations, broker, solution and offer. */
export interface MatchView extends Pick<
  MatchEntity,
  | 'id'
  | 'needId'
  | 'providerId'
  | 'solutionId'
  | 'offerId'
  | 'stage'
  | 'score'
  | 'reasons'
  | 'brokerId'
  | 'recipientCommitment'
  | 'providerCommitment'
  | 'milestones'
  | 'outcome'
  | 'dropReason'
  | 'replicationSolutionId'
  | 'version'
  | 'createdAt'
  | 'lastActionAt'
> {
  brokerName: string | null;
  needTitle: string;
  needCountries: string[];
  needSdgs: number[];
  recipientId: string;
  recipientSlug: string;
  recipientName: string;
  providerSlug: string;
  providerName: string;
  solutionSlug: string | null;
  solutionTitle: string | null;
  offerTitle: string | null;
}

export interface StageChange {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  from: string | null;
  to: string;
  note: string | null;
}

export interface MatchMessageView {
  id: string;
  authorId: string | null;
  authorName: string | null;
  party: MatchParty;
  body: string;
  createdAt: Date;
}

export type NewMatch = Pick<
  MatchEntity,
  'needId' | 'providerId' | 'solutionId' | 'offerId' | 'score' | 'reasons' | 'brokerId'
>;

/** What a party or the broker may change on a match; undefined leaves a column as it is. */
export type MatchChanges = Partial<
  Pick<
    MatchEntity,
    | 'stage'
    | 'introducedAt'
    | 'answeredAt'
    | 'accepted'
    | 'completedAt'
    | 'outcome'
    | 'dropReason'
    | 'recipientCommitment'
    | 'providerCommitment'
    | 'milestones'
  >
>;

/** Per need: its status, goals, countries and how its matches went (the dashboard's one row per need). */
export interface NeedMatchFacts {
  id: string;
  status: string;
  sdgs: number[];
  countries: string[];
  daysToFirstIntro: number | null;
  matches: number;
  answered: number;
  accepted: number;
  completed: number;
  dropped: number;
}

/** Raised by `insert` when the need already has a live match with this provider. */
export class DuplicateMatchError extends Error {}

interface MatchViewRow {
  id: string;
  need_id: string;
  provider_id: string;
  solution_id: string | null;
  offer_id: string | null;
  stage: MatchStage;
  score: number;
  reasons: MatchView['reasons'];
  broker_id: string | null;
  recipient_commitment: string | null;
  provider_commitment: string | null;
  milestones: MatchView['milestones'];
  outcome: string | null;
  drop_reason: string | null;
  replication_solution_id: string | null;
  version: number;
  created_at: Date;
  last_action_at: Date;
  broker_name: string | null;
  need_title: string;
  need_countries: string[];
  need_sdgs: number[];
  recipient_id: string;
  recipient_slug: string;
  recipient_name: string;
  provider_slug: string;
  provider_name: string;
  solution_slug: string | null;
  solution_title: string | null;
  offer_title: string | null;
}

const VIEW_SELECT = `SELECT m.id, m.need_id, m.provider_id, m.solution_id, m.offer_id, m.stage, m.score, m.reasons,
    m.broker_id, m.recipient_commitment, m.provider_commitment, m.milestones, m.outcome, m.drop_reason,
    m.replication_solution_id, m.version, m.created_at, m.last_action_at,
    b.name AS broker_name, n.title AS need_title, n.countries AS need_countries,
    n.sdgs AS need_sdgs, r.id AS recipient_id, r.slug AS recipient_slug, r.name AS recipient_name,
    p.slug AS provider_slug, p.name AS provider_name, s.slug AS solution_slug, s.title AS solution_title,
    f.title AS offer_title
  FROM matches m
  JOIN needs n ON n.id = m.need_id
  JOIN organizations r ON r.id = n.organization_id
  JOIN organizations p ON p.id = m.provider_id
  LEFT JOIN users b ON b.id = m.broker_id
  LEFT JOIN solutions s ON s.id = m.solution_id
  LEFT JOIN offers f ON f.id = m.offer_id`;

const toView = (r: MatchViewRow): MatchView => ({
  id: r.id,
  needId: r.need_id,
  providerId: r.provider_id,
  solutionId: r.solution_id,
  offerId: r.offer_id,
  stage: r.stage,
  score: r.score,
  reasons: r.reasons,
  brokerId: r.broker_id,
  recipientCommitment: r.recipient_commitment,
  providerCommitment: r.provider_commitment,
  milestones: r.milestones,
  outcome: r.outcome,
  dropReason: r.drop_reason,
  replicationSolutionId: r.replication_solution_id,
  version: r.version,
  createdAt: r.created_at,
  lastActionAt: r.last_action_at,
  brokerName: r.broker_name,
  needTitle: r.need_title,
  needCountries: r.need_countries,
  needSdgs: r.need_sdgs,
  recipientId: r.recipient_id,
  recipientSlug: r.recipient_slug,
  recipientName: r.recipient_name,
  providerSlug: r.provider_slug,
  providerName: r.provider_name,
  solutionSlug: r.solution_slug,
  solutionTitle: r.solution_title,
  offerTitle: r.offer_title,
});

/**
 * Matches and what hangs off them: messages, stage history (the audit log's match rows), reminders.
 * Every method that runs inside a transaction takes its EntityManager: a second pool connection
 * taken while the transaction holds a row lock can exhaust the pool and hang every request.
 */
@Injectable()
export class MatchesRepository {
  constructor(private readonly db: DataSource) {}

  /** The match with its names, read on `m` (the caller's transaction, or the pool by default). */
  async findView(id: string, m: EntityManager = this.db.manager): Promise<MatchView | null> {
    const [row]: MatchViewRow[] = await m.query(`${VIEW_SELECT} WHERE m.id = $1`, [id]);
    return row ? toView(row) : null;
  }

  findViews(ids: readonly string[]): Promise<MatchView[]> {
    return ids.length
      ? this.db
          .query(`${VIEW_SELECT} WHERE m.id = ANY($1::uuid[])`, [ids])
          .then((rows: MatchViewRow[]) => rows.map(toView))
      : Promise.resolve([]);
  }

  /**
   * The newest 500 matches (by last action) for a filter; `onlyOf` keeps those the user brokers
   * or whose organizations take part (a provider once introduced).
   */
  async listViews(filter: {
    needId?: string;
    stage?: MatchStage;
    onlyOf?: { userId: string | null; organizationIds: readonly string[] };
  }): Promise<MatchView[]> {
    const rows: MatchViewRow[] = await this.db.query(
      `${VIEW_SELECT}
       WHERE ($1::uuid IS NULL OR m.need_id = $1) AND ($2::text IS NULL OR m.stage = $2)
         AND (NOT $3 OR m.broker_id = $4 OR (r.id = ANY($5::uuid[]))
              OR (m.provider_id = ANY($5::uuid[]) AND m.stage <> 'suggested'))
       ORDER BY m.last_action_at DESC LIMIT 500`,
      [
        filter.needId ?? null,
        filter.stage ?? null,
        Boolean(filter.onlyOf),
        filter.onlyOf?.userId ?? null,
        filter.onlyOf?.organizationIds ?? [],
      ],
    );
    return rows.map(toView);
  }

  /** Locks the match row for the rest of the transaction. */
  async lock(m: EntityManager, id: string): Promise<void> {
    await m
      .getRepository(MatchEntity)
      .findOne({ where: { id }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new match at stage 'suggested'; DuplicateMatchError when the pair already has a live one. */
  async insert(m: EntityManager, match: NewMatch): Promise<string> {
    try {
      const { identifiers } = await m.getRepository(MatchEntity).insert(match);
      return identifiers[0].id as string;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw new DuplicateMatchError();
      throw error;
    }
  }

  /** Applies the changes as one action: version + 1, last action now, reminder clock reset. */
  async applyChanges(m: EntityManager, id: string, changes: MatchChanges): Promise<void> {
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as MatchChanges;
    await m
      .getRepository(MatchEntity)
      .createQueryBuilder()
      .update()
      .set({ ...set, version: () => 'version + 1', lastActionAt: () => 'now()', remindedAt: null })
      .where('id = :id', { id })
      .execute();
  }

  async addMessage(
    m: EntityManager,
    message: Pick<MatchMessageEntity, 'matchId' | 'authorId' | 'party' | 'body'>,
  ): Promise<void> {
    await m.getRepository(MatchMessageEntity).insert(message);
    // A message is an action: the idle reminder starts over.
    await m.getRepository(MatchEntity).update(message.matchId, { lastActionAt: () => 'now()', remindedAt: null });
  }

  async recordReplication(m: EntityManager, id: string, solutionId: string): Promise<void> {
    await m
      .getRepository(MatchEntity)
      .update(id, { replicationSolutionId: solutionId, version: () => 'version + 1', lastActionAt: () => 'now()' });
  }

  /** The recipient withdrew its need: every live match ends with that reason. */
  async dropLiveMatchesOfNeed(m: EntityManager, needId: string, reason: string): Promise<void> {
    await m.query(
      `UPDATE matches SET stage = 'dropped', drop_reason = $3, version = version + 1,
         last_action_at = now() WHERE need_id = $1 AND stage = ANY($2)`,
      [needId, LIVE_STAGES, reason],
    );
  }

  /** Whether one of these organizations was introduced as a provider for the need and is still in it. */
  async isIntroducedProvider(needId: string, organizationIds: readonly string[]): Promise<boolean> {
    if (!organizationIds.length) return false;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM matches WHERE need_id = $1 AND provider_id = ANY($2::uuid[]) AND stage NOT IN ('suggested', 'dropped')`,
      [needId, organizationIds],
    );
    return rows.length > 0;
  }

  /** Its stage changes in order, with who made them. */
  async stageHistory(m: EntityManager, id: string): Promise<StageChange[]> {
    const rows: {
      at: Date;
      actor_id: string | null;
      actor_name: string | null;
      from_state: string | null;
      to_state: string;
      note: string | null;
    }[] = await m.query(
      `SELECT a.at, a.actor_id, u.name AS actor_name, a.from_state, a.to_state, a.note FROM audit_log a
         LEFT JOIN users u ON u.id = a.actor_id
         WHERE a.entity = 'match' AND a.entity_id = $1 AND a.action IN ('suggest', 'stage') ORDER BY a.id`,
      [id],
    );
    return rows.map((h) => ({
      at: h.at,
      actorId: h.actor_id,
      actorName: h.actor_name,
      from: h.from_state,
      to: h.to_state,
      note: h.note,
    }));
  }

  async messages(m: EntityManager, id: string): Promise<MatchMessageView[]> {
    const rows: {
      id: string;
      author_id: string | null;
      author_name: string | null;
      party: MatchParty;
      body: string;
      created_at: Date;
    }[] = await m.query(
      `SELECT mm.id, mm.author_id, u.name AS author_name, mm.party, mm.body, mm.created_at FROM match_messages mm
         LEFT JOIN users u ON u.id = mm.author_id WHERE mm.match_id = $1 ORDER BY mm.created_at, mm.id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      authorId: r.author_id,
      authorName: r.author_name,
      party: r.party,
      body: r.body,
      createdAt: r.created_at,
    }));
  }

  /**
   * Claims up to 200 live, introduced matches idle for 14 days and not reminded in 14 days, and
   * stamps them reminded, atomically (SKIP LOCKED): several API processes never remind twice.
   */
  async claimIdleForReminder(): Promise<string[]> {
    const [claimed]: [{ id: string }[], number] = await this.db.query(
      `UPDATE matches SET reminded_at = now() WHERE id IN (
         SELECT id FROM matches
         WHERE stage = ANY($1) AND stage <> 'suggested' AND last_action_at < now() - interval '14 days'
           AND (reminded_at IS NULL OR reminded_at < now() - interval '14 days')
         LIMIT 200 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [LIVE_STAGES],
    );
    return claimed.map((c) => c.id);
  }

  /** One row per need that is not withdrawn or has matches, with its match counts. */
  async factsPerNeed(): Promise<NeedMatchFacts[]> {
    const rows: {
      id: string;
      status: string;
      sdgs: number[];
      countries: string[];
      days_to_first_intro: number | null;
      matches: number;
      answered: number;
      accepted: number;
      completed: number;
      dropped: number;
    }[] = await this.db.query(
      `SELECT n.id, n.status, n.sdgs, n.countries,
         (SELECT extract(epoch FROM min(m.introduced_at) - n.created_at) / 86400 FROM matches m WHERE m.need_id = n.id)::float AS days_to_first_intro,
         count(m.id)::int AS matches,
         count(m.id) FILTER (WHERE m.answered_at IS NOT NULL)::int AS answered,
         count(m.id) FILTER (WHERE m.accepted)::int AS accepted,
         count(m.id) FILTER (WHERE m.stage = 'completed')::int AS completed,
         count(m.id) FILTER (WHERE m.stage = 'dropped')::int AS dropped
       FROM needs n LEFT JOIN matches m ON m.need_id = n.id
       WHERE n.status <> 'withdrawn' OR EXISTS (SELECT 1 FROM matches x WHERE x.need_id = n.id)
       GROUP BY n.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      sdgs: r.sdgs,
      countries: r.countries,
      daysToFirstIntro: r.days_to_first_intro,
      matches: r.matches,
      answered: r.answered,
      accepted: r.accepted,
      completed: r.completed,
      dropped: r.dropped,
    }));
  }
}
