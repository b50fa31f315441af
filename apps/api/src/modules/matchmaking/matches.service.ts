import { Injectable } from '@nestjs/common';
import type {
  Match,
  MatchInput,
  MatchList,
  MatchParty,
  MatchStage,
  MatchUpdateInput,
  MessageInput,
  Reason,
} from '@galaxy/contracts';
import { findArea } from '@galaxy/contracts/reference';
import { DataSource, EntityManager } from 'typeorm';
import { withoutNulls } from '../../common/objects';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { AuditLog } from '../curation/audit-log';
import { MailService } from '../mail/mail.service';
import { AccessPolicy } from '../organizations/access-policy';
import type { Viewer } from './listings.service';
import { allowedStages, assertMove, canSee, LIVE_STAGES } from './match-workflow';
import { SuggestionsService, type NeedForMatching } from './suggestions.service';

interface MatchRow {
  id: string;
  need_id: string;
  provider_id: string;
  solution_id: string | null;
  offer_id: string | null;
  stage: MatchStage;
  score: number;
  reasons: Reason[];
  broker_id: string | null;
  broker_name: string | null;
  recipient_commitment: string | null;
  provider_commitment: string | null;
  milestones: Match['milestones'];
  outcome: string | null;
  drop_reason: string | null;
  replication_solution_id: string | null;
  version: number;
  created_at: Date;
  last_action_at: Date;
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

const MATCH_SELECT = `SELECT m.*, b.name AS broker_name, n.title AS need_title, n.countries AS need_countries,
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

/**
 * Brokered matches: a curator shortlists a provider for a need (with the suggestion's score and
 * reasons), introduces the parties by email, and the match moves through its stages to a recorded
 * outcome. Only the two parties and staff see a match (the provider once introduced).
 */
@Injectable()
export class MatchesService {
  constructor(
    private readonly db: DataSource,
    private readonly suggestions: SuggestionsService,
    private readonly audit: AuditLog,
    private readonly mail: MailService,
    private readonly access: AccessPolicy,
  ) {}

  async create(user: AuthUser, viewer: Viewer, input: MatchInput): Promise<Match> {
    const [need] = await this.db.query(`SELECT * FROM needs WHERE id = $1`, [input.needId]);
    if (!need)
      throw new AppError('VALIDATION_FAILED', 'No such need', [
        { location: 'body', field: 'needId', message: 'No need has this id' },
      ]);
    if (need.status !== 'open') throw new AppError('INVALID_TRANSITION', 'Only an open need can be matched');
    // Whose is the candidate: the named organization, or the one behind the solution or offer.
    let providerId = input.organizationId;
    let kind: 'organization' | 'solution' | 'offer' = 'organization';
    let candidateId = input.organizationId as string;
    if (input.offerId) {
      const [offer] = await this.db.query(`SELECT organization_id FROM offers WHERE id = $1 AND status = 'open'`, [
        input.offerId,
      ]);
      if (!offer) throw badRef('offerId', 'No open offer has this id');
      if (providerId && providerId !== offer.organization_id)
        throw badRef('offerId', 'The offer is another organization’s');
      providerId = offer.organization_id;
      kind = 'offer';
      candidateId = input.offerId;
    }
    if (input.solutionId) {
      const [solution] = await this.db.query(
        `SELECT s.id, array_agg(so.organization_id) FILTER (WHERE so.role = 'implementing') AS implementers, s.owner_organization_id
         FROM solutions s LEFT JOIN solution_organizations so ON so.solution_id = s.id
         WHERE s.id = $1 AND s.curation_status = 'published' GROUP BY s.id`,
        [input.solutionId],
      );
      if (!solution) throw badRef('solutionId', 'No published solution has this id');
      const owners: string[] = [solution.owner_organization_id, ...(solution.implementers ?? [])].filter(Boolean);
      if (providerId && !owners.includes(providerId))
        throw badRef('solutionId', 'The solution is not implemented by this organization');
      providerId ??= owners[0];
      if (!providerId) throw badRef('solutionId', 'The solution names no implementing organization');
      if (kind === 'organization') {
        kind = 'solution';
        candidateId = input.solutionId;
      }
    }
    const [provider] = await this.db.query(`SELECT id FROM organizations WHERE id = $1`, [providerId]);
    if (!provider) throw badRef('organizationId', 'No organization has this id');
    if (providerId === need.organization_id)
      throw badRef('organizationId', 'An organization cannot be matched with its own need');
    const scored = await this.suggestions.scoreOne(toMatching(need), { kind, id: candidateId });
    const id = await this.db.transaction(async (m) => {
      const [row] = await m
        .query(
          `INSERT INTO matches (need_id, provider_id, solution_id, offer_id, score, reasons, broker_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            need.id,
            providerId,
            input.solutionId ?? null,
            input.offerId ?? null,
            scored?.score ?? 0,
            JSON.stringify(scored?.reasons ?? []),
            user.id,
          ],
        )
        .catch((error: { code?: string }) => {
          if (error.code === '23505')
            throw new AppError('CONFLICT', 'This organization is already matched with this need', [
              { location: 'body', field: 'organizationId', message: 'Already on the shortlist' },
            ]);
          throw error;
        });
      await this.audit.record(m, {
        entity: 'match',
        entityId: row.id,
        action: 'suggest',
        actorId: user.id,
        to: 'suggested',
      });
      return row.id as string;
    });
    return this.get(viewer, id);
  }

  async get(viewer: Viewer, id: string): Promise<Match> {
    const row = await this.row(this.db.manager, id);
    const parties = partiesOf(viewer, row);
    if (!canSee(row.stage, parties)) throw AppError.notFound('Match');
    return this.toMatch(this.db.manager, row, parties);
  }

  async list(viewer: Viewer, query: { mine?: boolean; needId?: string; stage?: MatchStage }): Promise<MatchList> {
    const mineOnly = query.mine || !viewer.staff;
    const rows: MatchRow[] = await this.db.query(
      `${MATCH_SELECT}
       WHERE ($1::uuid IS NULL OR m.need_id = $1) AND ($2::text IS NULL OR m.stage = $2)
         AND (NOT $3 OR m.broker_id = $4 OR (r.id = ANY($5::uuid[]))
              OR (m.provider_id = ANY($5::uuid[]) AND m.stage <> 'suggested'))
       ORDER BY m.last_action_at DESC LIMIT 500`,
      [query.needId ?? null, query.stage ?? null, mineOnly, viewer.user?.id ?? null, viewer.organizations],
    );
    return {
      items: rows.map((r) => {
        const full = this.summary(r);
        return full;
      }),
    };
  }

  async update(user: AuthUser, viewer: Viewer, id: string, input: MatchUpdateInput): Promise<Match> {
    let notify: { row: MatchRow; to: MatchStage; note: string | undefined } | undefined;
    await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM matches WHERE id = $1 FOR UPDATE`, [id]);
      const row = await this.row(m, id);
      const parties = partiesOf(viewer, row);
      if (!canSee(row.stage, parties)) throw AppError.notFound('Match');
      if (row.version !== input.version)
        throw new AppError(
          'STALE_VERSION',
          'Someone acted on this match after you opened it: here it is now',
          [{ location: 'body', field: 'version', message: `The current version is ${row.version}` }],
          {},
          // Read on the transaction's own connection: a second pool connection, taken while this
          // one holds the row lock that other requests wait on, can exhaust the pool and hang them all.
          { current: await this.toMatch(m, row, parties) },
        );
      const set: Record<string, unknown> = {};
      if (input.stage) {
        assertMove(row.stage, input.stage, parties);
        set.stage = input.stage;
        if (input.stage === 'introduced') set.introduced_at = new Date();
        if (row.stage === 'introduced' && (input.stage === 'exploring' || input.stage === 'dropped')) {
          set.answered_at = new Date();
          set.accepted = input.stage === 'exploring';
        }
        if (input.stage === 'completed') {
          set.completed_at = new Date();
          set.outcome = input.outcome;
        }
        if (input.stage === 'dropped') set.drop_reason = input.note;
      } else if (!LIVE_STAGES.includes(row.stage)) {
        throw new AppError('INVALID_TRANSITION', `A ${row.stage} match cannot be changed`);
      }
      if (input.commitment !== undefined) {
        const party = parties.includes('provider') ? 'provider' : parties.includes('recipient') ? 'recipient' : null;
        if (!party) throw AppError.forbidden('Only the two parties record their commitments');
        set[`${party}_commitment`] = input.commitment || null;
      }
      if (input.milestones) set.milestones = JSON.stringify(input.milestones);
      const entries = Object.entries(set);
      await m.query(
        `UPDATE matches SET ${entries.map(([c], i) => `${c} = $${i + 2}`).join(', ')}, version = version + 1,
           last_action_at = now(), reminded_at = NULL WHERE id = $1`,
        [id, ...entries.map(([, v]) => v)],
      );
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
    if (notify) this.notifyStage(notify.row, notify.to, notify.note);
    return this.get(viewer, id);
  }

  async message(user: AuthUser, viewer: Viewer, id: string, input: MessageInput): Promise<Match> {
    const row = await this.row(this.db.manager, id);
    const parties = partiesOf(viewer, row);
    if (!canSee(row.stage, parties)) throw AppError.notFound('Match');
    // The broker speaks as broker; a member of both organizations (unusual) speaks as the provider.
    const party: MatchParty = parties.includes('provider')
      ? 'provider'
      : parties.includes('recipient')
        ? 'recipient'
        : 'broker';
    await this.db.transaction(async (m) => {
      await m.query(`INSERT INTO match_messages (match_id, author_id, party, body) VALUES ($1, $2, $3, $4)`, [
        id,
        user.id,
        party,
        input.body,
      ]);
      await m.query(`UPDATE matches SET last_action_at = now(), reminded_at = NULL WHERE id = $1`, [id]);
    });
    this.mail.later(async () => {
      const others = (await this.recipientsOf(row)).filter((r) => r.email !== user.email);
      const link = this.mail.link(`/matches/${id}`);
      await Promise.all(
        others.map((r) =>
          this.mail.send(r.email, r.locale, (m) =>
            m.matchMessage({ author: user.name, need: row.need_title, body: input.body, link }),
          ),
        ),
      );
    });
    return this.get(viewer, id);
  }

  /** A completed match with a solution starts a draft of its replication in the recipient's country. */
  async replicate(user: AuthUser, viewer: Viewer, id: string): Promise<{ solutionId: string }> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM matches WHERE id = $1 FOR UPDATE`, [id]);
      const row = await this.row(m, id);
      const parties = partiesOf(viewer, row);
      if (!canSee(row.stage, parties)) throw AppError.notFound('Match');
      if (row.stage !== 'completed' || !row.solution_id)
        throw new AppError('INVALID_TRANSITION', 'Only a completed match on a solution can start a replication');
      if (row.replication_solution_id) throw new AppError('CONFLICT', 'This match already started its replication');
      // The recipient replicated it at home, so the draft is theirs (the provider's when only it asks).
      const organizationId =
        parties.includes('recipient') || !parties.includes('provider') ? row.recipient_id : row.provider_id;
      const [original] = await m.query(`SELECT * FROM solutions WHERE id = $1`, [row.solution_id]);
      const countries: { country: string; role: string }[] = await m.query(
        `SELECT trim(country) AS country, role FROM solution_countries WHERE solution_id = $1 AND role <> 'recipient' ORDER BY position`,
        [row.solution_id],
      );
      const organization = async (orgId: string, role: string) => {
        const [o] = await m.query(
          `SELECT name, type, trim(country) AS country, acronym FROM organizations WHERE id = $1`,
          [orgId],
        );
        return withoutNulls({ name: o.name, type: o.type, role, country: o.country, acronym: o.acronym });
      };
      const other = organizationId === row.recipient_id ? row.provider_id : row.recipient_id;
      const names = row.need_countries.map((c) => findArea(c)?.name.en ?? c).join(', ');
      const content = withoutNulls({
        language: original.language,
        title: `${original.title} — replicated in ${names}`.slice(0, 300),
        summary: original.summary,
        challenge: original.challenge,
        towardsSolution: original.towards_solution,
        resultsImpact: row.outcome ?? original.results_impact,
        sustainability: original.sustainability,
        replicability: original.replicability,
        lessonsLearned: original.lessons_learned,
        buildingBlocks: original.building_blocks,
        sdgs: original.sdgs,
        sdgTargets: original.sdg_targets,
        countries: [...countries, ...row.need_countries.map((c) => ({ country: c, role: 'recipient' }))],
        modality: original.modality,
        themes: original.themes,
        organizations: [await organization(organizationId, 'implementing'), await organization(other, 'supporting')],
        projectStatus: 'ongoing',
        startYear: new Date().getFullYear(),
      });
      const [revision] = await m.query(
        `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id, replicated_from)
         VALUES (gen_random_uuid(), $1, 1, 'draft', $2, 1, $3, $4) RETURNING solution_id`,
        [organizationId, JSON.stringify(content), user.id, row.solution_id],
      );
      await m.query(
        `UPDATE matches SET replication_solution_id = $2, version = version + 1, last_action_at = now() WHERE id = $1`,
        [id, revision.solution_id],
      );
      await this.audit.record(m, {
        entity: 'solution',
        entityId: revision.solution_id,
        action: 'create',
        actorId: user.id,
        to: 'draft',
        note: `Replication of "${original.title}", from a completed match`,
        revisionNumber: 1,
      });
      return { solutionId: revision.solution_id as string };
    });
  }

  // ---- notifications --------------------------------------------------------------------------------

  private notifyStage(row: MatchRow, to: MatchStage, note: string | undefined): void {
    this.mail.later(async () => {
      const people = await this.recipientsOf({ ...row, stage: to });
      const link = this.mail.link(`/matches/${row.id}`);
      const parties = { recipient: row.recipient_name, provider: row.provider_name, need: row.need_title };
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

  /** Members of both organizations (the provider once introduced) and the broker, with their languages. */
  private async recipientsOf(row: Pick<MatchRow, 'recipient_id' | 'provider_id' | 'broker_id' | 'stage'>) {
    return this.access.peopleToNotify({
      organizationIds: row.stage !== 'suggested' ? [row.recipient_id, row.provider_id] : [row.recipient_id],
      alsoUsers: row.broker_id ? [row.broker_id] : [],
      optedInOnly: true,
    });
  }

  /** Live matches with no action for 14 days: a reminder to the parties and the broker, every 14 days. */
  async remindIdle(): Promise<number> {
    // Claimed atomically, so several API processes never remind twice.
    const [claimed]: [{ id: string }[], number] = await this.db.query(
      `UPDATE matches SET reminded_at = now() WHERE id IN (
         SELECT id FROM matches
         WHERE stage = ANY($1) AND stage <> 'suggested' AND last_action_at < now() - interval '14 days'
           AND (reminded_at IS NULL OR reminded_at < now() - interval '14 days')
         LIMIT 200 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [LIVE_STAGES],
    );
    const idle: MatchRow[] = claimed.length
      ? await this.db.query(`${MATCH_SELECT} WHERE m.id = ANY($1::uuid[])`, [claimed.map((c) => c.id)])
      : [];
    for (const row of idle) {
      const days = Math.floor((Date.now() - row.last_action_at.getTime()) / 86_400_000);
      const link = this.mail.link(`/matches/${row.id}`);
      for (const p of await this.recipientsOf(row))
        await this.mail.send(p.email, p.locale, (m) =>
          m.matchIdle({
            days,
            need: row.need_title,
            recipient: row.recipient_name,
            provider: row.provider_name,
            stage: row.stage,
            link,
          }),
        );
    }
    return idle.length;
  }

  // ---- reading ----------------------------------------------------------------------------------------

  private async row(m: EntityManager, id: string): Promise<MatchRow> {
    const [row]: MatchRow[] = await m.query(`${MATCH_SELECT} WHERE m.id = $1`, [id]);
    if (!row) throw AppError.notFound('Match');
    return row;
  }

  private summary(r: MatchRow) {
    return {
      id: r.id,
      stage: r.stage,
      need: { id: r.need_id, title: r.need_title, countries: r.need_countries, sdgs: r.need_sdgs },
      recipient: { id: r.recipient_id, slug: r.recipient_slug, name: r.recipient_name },
      provider: { id: r.provider_id, slug: r.provider_slug, name: r.provider_name },
      score: r.score,
      lastActionAt: r.last_action_at.toISOString(),
      daysSinceLastAction: Math.floor((Date.now() - r.last_action_at.getTime()) / 86_400_000),
    };
  }

  private async toMatch(m: EntityManager, row: MatchRow, parties: MatchParty[]): Promise<Match> {
    const history: {
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
      [row.id],
    );
    const messages: {
      id: string;
      author_id: string | null;
      author_name: string | null;
      party: MatchParty;
      body: string;
      created_at: Date;
    }[] = await m.query(
      `SELECT mm.id, mm.author_id, u.name AS author_name, mm.party, mm.body, mm.created_at FROM match_messages mm
         LEFT JOIN users u ON u.id = mm.author_id WHERE mm.match_id = $1 ORDER BY mm.created_at, mm.id`,
      [row.id],
    );
    return {
      ...this.summary(row),
      version: row.version,
      solution: row.solution_id
        ? { id: row.solution_id, slug: row.solution_slug ?? '', title: row.solution_title ?? '' }
        : null,
      offer: row.offer_id ? { id: row.offer_id, title: row.offer_title ?? '' } : null,
      broker: row.broker_id ? { id: row.broker_id, name: row.broker_name ?? '' } : null,
      reasons: row.reasons,
      commitments: { recipient: row.recipient_commitment, provider: row.provider_commitment },
      milestones: row.milestones,
      outcome: row.outcome,
      dropReason: row.drop_reason,
      replicationDraftId: row.replication_solution_id,
      createdAt: row.created_at.toISOString(),
      history: history.map((h) => ({
        at: h.at.toISOString(),
        actor: h.actor_id ? { id: h.actor_id, name: h.actor_name ?? '' } : null,
        from: h.from_state,
        to: h.to_state,
        note: h.note,
      })),
      messages: messages.map((mm) => ({
        id: mm.id,
        author: mm.author_id ? { id: mm.author_id, name: mm.author_name ?? '' } : null,
        party: mm.party,
        body: mm.body,
        at: mm.created_at.toISOString(),
      })),
      yourParties: parties,
      allowedStages: allowedStages(row.stage, parties),
    };
  }
}

function partiesOf(viewer: Viewer, row: Pick<MatchRow, 'recipient_id' | 'provider_id'>): MatchParty[] {
  const parties: MatchParty[] = [];
  if (viewer.organizations.includes(row.recipient_id)) parties.push('recipient');
  if (viewer.organizations.includes(row.provider_id)) parties.push('provider');
  if (viewer.staff) parties.push('broker');
  return parties;
}

export function toMatching(need: {
  id: string;
  organization_id: string;
  title: string;
  problem_statement: string;
  sdgs: number[];
  sdg_targets: string[];
  countries: string[];
  languages: string[];
  modalities: string[];
}): NeedForMatching {
  return {
    id: need.id,
    organizationId: need.organization_id,
    title: need.title,
    problemStatement: need.problem_statement,
    sdgs: need.sdgs,
    sdgTargets: need.sdg_targets,
    countries: need.countries,
    languages: need.languages,
    modalities: need.modalities,
  };
}

const badRef = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ location: 'body', field, message }]);
