import { Injectable, Logger } from '@nestjs/common';
import type {
  ListingSearchQuery,
  ListingSearchResult,
  ListingSummary,
  Need,
  NeedInput,
  NeedUpdateInput,
  Offer,
  OfferInput,
  OfferUpdateInput,
} from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { meiliFilter } from '../catalog/meili-filter';
import { enqueueSearchSync } from '../catalog/outbox';
import { deriveGeography, type ListingDocument } from '../catalog/search-documents';
import { SearchIndexes } from '../catalog/search-indexes';
import { AuditLog } from '../curation/audit-log';
import { AccessPolicy, unknownOrganizationInBody } from '../organizations/access-policy';
import { LIVE_STAGES } from './match-workflow';
import { SearchUnavailableError } from '../search/search-health';

/** Who is asking: signed in or not, staff or not, and the organizations they edit or belong to. */
export interface Viewer {
  user?: AuthUser;
  staff: boolean;
  organizations: string[];
}

/** "Registered users" means people with a confirmed address: anyone can sign up with any address. */
const VISIBLE_TO = (viewer: Viewer) =>
  viewer.staff ? ['public', 'registered', 'staff'] : viewer.user?.emailVerified ? ['public', 'registered'] : ['public'];

interface NeedRow {
  id: string;
  organization_id: string;
  title: string;
  problem_statement: string;
  current_situation: string | null;
  desired_outcome: string;
  sdgs: number[];
  sdg_targets: string[];
  countries: string[];
  modalities: string[];
  languages: string[];
  timeframe_start: string | null;
  timeframe_end: string | null;
  co_contribution: Need['coContribution'];
  endorsement: Need['endorsement'];
  visibility: Need['visibility'];
  status: Need['status'];
  version: number;
  created_at: Date;
  updated_at: Date;
  org_slug: string;
  org_name: string;
  org_country: string | null;
  org_verification: string;
}

interface OfferRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  modalities: string[];
  sdgs: number[];
  sdg_targets: string[];
  eligible_countries: string[];
  eligible_groups: string[];
  eligible_regions: string[];
  capacity_per_year: number | null;
  cost_model: Offer['costModel'];
  languages: string[];
  track_record: string[];
  visibility: Offer['visibility'];
  status: Offer['status'];
  version: number;
  created_at: Date;
  updated_at: Date;
  org_slug: string;
  org_name: string;
  org_country: string | null;
  org_verification: string;
}

const WITH_ORG = (table: 'needs' | 'offers') =>
  `SELECT l.*, o.slug AS org_slug, o.name AS org_name, trim(o.country) AS org_country, o.verification AS org_verification
   FROM ${table} l JOIN organizations o ON o.id = l.organization_id`;

/**
 * Needs and offers: writing them (by the organization's editors), reading them under their
 * visibility, and searching them in the `listings` index. Private fields of a need (its
 * co-contribution and endorsement) go only to its organization, staff and its match partners.
 */
@Injectable()
export class ListingsService {
  private readonly logger = new Logger('Listings');

  constructor(
    private readonly db: DataSource,
    private readonly indexes: SearchIndexes,
    private readonly audit: AuditLog,
    private readonly access: AccessPolicy,
  ) {}

  async viewer(user: AuthUser | undefined): Promise<Viewer> {
    if (!user) return { staff: false, organizations: [] };
    return {
      user,
      staff: this.access.holdsGlobally(user, 'organization.view'),
      organizations: await this.access.organizationIdsOf(user.id),
    };
  }

  /** The organization's editors (or a global admin) may write its listings. */
  private async requireEditor(m: EntityManager, user: AuthUser, organizationId: string): Promise<void> {
    await this.access.requireAccess({
      auth: user,
      permission: 'listing.edit',
      organizationId,
      manager: m,
      whenMissing: unknownOrganizationInBody,
    });
  }

  // ---- needs ---------------------------------------------------------------------------------------

  async createNeed(user: AuthUser, input: NeedInput): Promise<Need> {
    const id = await this.db.transaction(async (m) => {
      await this.requireEditor(m, user, input.organizationId);
      const [row] = await m.query(
        `INSERT INTO needs (organization_id, title, problem_statement, current_situation, desired_outcome, sdgs, sdg_targets,
           countries, modalities, languages, timeframe_start, timeframe_end, co_contribution, visibility, endorsement, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          input.organizationId,
          input.title,
          input.problemStatement,
          input.currentSituation ?? null,
          input.desiredOutcome,
          [...new Set(input.sdgs)],
          [...new Set(input.sdgTargets ?? [])],
          [...new Set(input.countries)],
          [...new Set(input.modalities)],
          [...new Set(input.languages)],
          input.timeframeStart ?? null,
          input.timeframeEnd ?? null,
          JSON.stringify(input.coContribution ?? {}),
          input.visibility ?? 'public',
          input.endorsement ? JSON.stringify(input.endorsement) : null,
          user.id,
        ],
      );
      await enqueueSearchSync(m, 'need', [row.id]);
      await this.audit.record(m, { entity: 'need', entityId: row.id, action: 'create', actorId: user.id, to: 'open' });
      return row.id as string;
    });
    return this.need(await this.viewer(user), id);
  }

  async need(viewer: Viewer, id: string): Promise<Need> {
    const [row]: NeedRow[] = await this.db.query(`${WITH_ORG('needs')} WHERE l.id = $1`, [id]);
    if (!row) throw AppError.notFound('Need');
    const own = viewer.organizations.includes(row.organization_id);
    const visible =
      viewer.staff ||
      own ||
      (row.status !== 'withdrawn' && VISIBLE_TO(viewer).includes(row.visibility) && row.visibility !== 'staff');
    // The same 404 as for a need that does not exist: a refusal must not tell that it does.
    if (!visible) throw AppError.notFound('Need');
    const partner =
      !own &&
      !viewer.staff &&
      viewer.organizations.length > 0 &&
      (
        await this.db.query(
          // Introduced and still in it: a provider that declined (or any dropped match) sees no more.
          `SELECT 1 FROM matches WHERE need_id = $1 AND provider_id = ANY($2::uuid[]) AND stage NOT IN ('suggested', 'dropped')`,
          [id, viewer.organizations],
        )
      ).length > 0;
    const privateOk = own || viewer.staff || partner;
    return {
      id: row.id,
      kind: 'need',
      organization: {
        id: row.organization_id,
        slug: row.org_slug,
        name: row.org_name,
        country: row.org_country,
        verification: row.org_verification,
      },
      title: row.title,
      problemStatement: row.problem_statement,
      currentSituation: row.current_situation,
      desiredOutcome: row.desired_outcome,
      sdgs: row.sdgs,
      sdgTargets: row.sdg_targets,
      countries: row.countries,
      regions: deriveGeography(row.countries).regions,
      modalities: row.modalities as Need['modalities'],
      languages: row.languages,
      timeframeStart: row.timeframe_start,
      timeframeEnd: row.timeframe_end,
      visibility: row.visibility,
      status: row.status,
      endorsed: row.endorsement !== null,
      coContribution: privateOk ? row.co_contribution : null,
      endorsement: privateOk ? row.endorsement : null,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      canEdit: Boolean(viewer.user) && (viewer.user?.role === 'admin' || own),
    };
  }

  async updateNeed(user: AuthUser, id: string, input: NeedUpdateInput): Promise<Need> {
    const { version, ...changes } = input;
    await this.db.transaction(async (m) => {
      const row = await this.lockForEdit(m, user, 'needs', id, version);
      if (row.status === 'withdrawn') throw new AppError('INVALID_TRANSITION', 'A withdrawn need cannot be changed');
      const columns: Record<string, unknown> = {
        title: changes.title,
        problem_statement: changes.problemStatement,
        current_situation: changes.currentSituation,
        desired_outcome: changes.desiredOutcome,
        sdgs: changes.sdgs,
        sdg_targets: changes.sdgTargets,
        countries: changes.countries,
        modalities: changes.modalities,
        languages: changes.languages,
        timeframe_start: changes.timeframeStart,
        timeframe_end: changes.timeframeEnd,
        co_contribution: changes.coContribution && JSON.stringify(changes.coContribution),
        visibility: changes.visibility,
        endorsement: changes.endorsement === null ? null : changes.endorsement && JSON.stringify(changes.endorsement),
        status: changes.status,
      };
      await updateRow(m, 'needs', id, columns);
      await this.checkTargets(m, 'needs', id);
      if (changes.status === 'withdrawn') {
        // The recipient withdrew: every live match ends with that reason.
        await m.query(
          `UPDATE matches SET stage = 'dropped', drop_reason = 'The need was withdrawn', version = version + 1,
             last_action_at = now() WHERE need_id = $1 AND stage = ANY($2)`,
          [id, LIVE_STAGES],
        );
      }
      await enqueueSearchSync(m, 'need', [id]);
      await this.audit.record(m, {
        entity: 'need',
        entityId: id,
        action: changes.status && changes.status !== row.status ? changes.status : 'edit',
        actorId: user.id,
        from: row.status,
        to: changes.status ?? row.status,
        fields: Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined),
      });
    });
    return this.need(await this.viewer(user), id);
  }

  /** Locks a need or offer for an edit by its organization's editors, from the version they saw. */
  private async lockForEdit(
    m: EntityManager,
    user: AuthUser,
    table: 'needs' | 'offers',
    id: string,
    version: number,
  ): Promise<{ organization_id: string; status: string; version: number }> {
    const what = table === 'needs' ? 'need' : 'offer';
    const [row] = await m.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw AppError.notFound(what === 'need' ? 'Need' : 'Offer');
    await this.requireEditor(m, user, row.organization_id);
    if (row.version !== version)
      throw new AppError('STALE_VERSION', `Someone changed this ${what} after you opened it; reload it`, [
        { location: 'body', field: 'version', message: `The current version is ${row.version}` },
      ]);
    return row;
  }

  /** Targets must belong to the chosen goals also after a partial update. */
  private async checkTargets(m: EntityManager, table: 'needs' | 'offers', id: string): Promise<void> {
    const [bad] = await m.query(
      `SELECT t FROM ${table}, unnest(sdg_targets) t WHERE id = $1
         AND split_part(t, '.', 1)::smallint <> ALL (sdgs) LIMIT 1`,
      [id],
    );
    if (bad)
      throw new AppError('VALIDATION_FAILED', 'A target does not belong to the chosen SDGs', [
        { location: 'body', field: 'sdgTargets', message: `Target ${bad.t} is not under one of the chosen SDGs` },
      ]);
  }

  // ---- offers --------------------------------------------------------------------------------------

  async createOffer(user: AuthUser, input: OfferInput): Promise<Offer> {
    const id = await this.db.transaction(async (m) => {
      await this.requireEditor(m, user, input.organizationId);
      await this.checkTrackRecord(m, input.organizationId, input.trackRecord ?? []);
      const [row] = await m.query(
        `INSERT INTO offers (organization_id, title, description, modalities, sdgs, sdg_targets, eligible_countries,
           eligible_groups, eligible_regions, capacity_per_year, cost_model, languages, track_record, visibility, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          input.organizationId,
          input.title,
          input.description,
          [...new Set(input.modalities)],
          [...new Set(input.sdgs)],
          [...new Set(input.sdgTargets ?? [])],
          [...new Set(input.eligibleCountries ?? [])],
          [...new Set(input.eligibleGroups ?? [])],
          [...new Set(input.eligibleRegions ?? [])],
          input.capacityPerYear ?? null,
          input.costModel,
          [...new Set(input.languages)],
          [...new Set(input.trackRecord ?? [])],
          input.visibility ?? 'public',
          user.id,
        ],
      );
      await enqueueSearchSync(m, 'offer', [row.id]);
      await this.audit.record(m, { entity: 'offer', entityId: row.id, action: 'create', actorId: user.id, to: 'open' });
      return row.id as string;
    });
    return this.offer(await this.viewer(user), id);
  }

  /** A track record names published solutions of the offering organization. */
  private async checkTrackRecord(m: EntityManager, organizationId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const found: { id: string }[] = await m.query(
      `SELECT DISTINCT s.id FROM solutions s JOIN solution_organizations so ON so.solution_id = s.id
       WHERE s.id = ANY($1::uuid[]) AND s.curation_status = 'published'
         AND ((so.organization_id = $2 AND so.attached) OR s.owner_organization_id = $2)`,
      [ids, organizationId],
    );
    const ok = new Set(found.map((f) => f.id));
    const errors = ids
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !ok.has(id))
      .map(({ i }) => ({
        location: 'body',
        field: `trackRecord.${i}`,
        message: 'Not a published solution of this organization',
      }));
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The track record names other solutions', errors);
  }

  async offer(viewer: Viewer, id: string): Promise<Offer> {
    const [row]: OfferRow[] = await this.db.query(`${WITH_ORG('offers')} WHERE l.id = $1`, [id]);
    if (!row) throw AppError.notFound('Offer');
    const own = viewer.organizations.includes(row.organization_id);
    if (!viewer.staff && !own && !(VISIBLE_TO(viewer).includes(row.visibility) && row.visibility !== 'staff')) {
      throw AppError.notFound('Offer');
    }
    const track: { id: string; slug: string; title: string }[] = row.track_record.length
      ? await this.db.query(
          `SELECT id, slug, title FROM solutions WHERE id = ANY($1::uuid[]) AND curation_status = 'published'`,
          [row.track_record],
        )
      : [];
    return {
      id: row.id,
      kind: 'offer',
      organization: {
        id: row.organization_id,
        slug: row.org_slug,
        name: row.org_name,
        country: row.org_country,
        verification: row.org_verification,
      },
      title: row.title,
      description: row.description,
      modalities: row.modalities as Offer['modalities'],
      sdgs: row.sdgs,
      sdgTargets: row.sdg_targets,
      eligibleCountries: row.eligible_countries,
      eligibleGroups: row.eligible_groups as Offer['eligibleGroups'],
      eligibleRegions: row.eligible_regions,
      capacityPerYear: row.capacity_per_year,
      costModel: row.cost_model,
      languages: row.languages,
      trackRecord: track,
      visibility: row.visibility,
      status: row.status,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      canEdit: Boolean(viewer.user) && (viewer.user?.role === 'admin' || own),
    };
  }

  async updateOffer(user: AuthUser, id: string, input: OfferUpdateInput): Promise<Offer> {
    const { version, ...changes } = input;
    await this.db.transaction(async (m) => {
      const row = await this.lockForEdit(m, user, 'offers', id, version);
      if (changes.trackRecord) await this.checkTrackRecord(m, row.organization_id, changes.trackRecord);
      await updateRow(m, 'offers', id, {
        title: changes.title,
        description: changes.description,
        modalities: changes.modalities,
        sdgs: changes.sdgs,
        sdg_targets: changes.sdgTargets,
        eligible_countries: changes.eligibleCountries,
        eligible_groups: changes.eligibleGroups,
        eligible_regions: changes.eligibleRegions,
        capacity_per_year: changes.capacityPerYear,
        cost_model: changes.costModel,
        languages: changes.languages,
        track_record: changes.trackRecord,
        visibility: changes.visibility,
        status: changes.status,
      });
      await this.checkTargets(m, 'offers', id);
      await enqueueSearchSync(m, 'offer', [id]);
      await this.audit.record(m, {
        entity: 'offer',
        entityId: id,
        action: 'edit',
        actorId: user.id,
        from: row.status,
        to: changes.status ?? row.status,
        fields: Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined),
      });
    });
    return this.offer(await this.viewer(user), id);
  }

  // ---- search --------------------------------------------------------------------------------------

  async search(kind: 'need' | 'offer', viewer: Viewer, query: ListingSearchQuery): Promise<ListingSearchResult> {
    const visibility = `(visibility IN [${VISIBLE_TO(viewer)
      .map((v) => `"${v}"`)
      .join(
        ', ',
      )}]${viewer.organizations.length ? ` OR organizationId IN [${viewer.organizations.map((o) => `"${o}"`).join(', ')}]` : ''})`;
    // Each facet is counted without its own choice, so its other values show what choosing them gives.
    const FACETS = { sdg: 'sdgs', region: 'regions', modality: 'modalities', language: 'languages' } as const;
    const filterWithout = (facet?: keyof typeof FACETS) => [
      `kind = "${kind}"`,
      visibility,
      ...meiliFilter({
        status: [query.status],
        sdgs: facet !== 'sdg' ? query.sdg : undefined,
        countries: query.country,
        regions: facet !== 'region' ? query.region : undefined,
        modalities: facet !== 'modality' ? query.modality : undefined,
        languages: facet !== 'language' ? query.language : undefined,
        organizationId: query.organization ? [query.organization] : undefined,
      }),
      ...(query.minAgeDays !== undefined
        ? [`createdAt <= ${Math.floor(Date.now() / 1000) - query.minAgeDays * 86_400}`]
        : []),
    ];
    const chosen = (Object.keys(FACETS) as (keyof typeof FACETS)[]).filter((f) => query[f]?.length);
    const indexUid = this.indexes.name('listings');
    try {
      const { results } = await this.indexes.client.multiSearch({
        queries: [
          {
            indexUid,
            q: query.q ?? '',
            filter: filterWithout(),
            facets: Object.values(FACETS),
            // Without a text, newest first; brokers ask for the oldest first.
            sort:
              query.sort === 'oldest'
                ? ['createdAt:asc']
                : query.sort === 'newest' || !query.q
                  ? ['createdAt:desc']
                  : undefined,
            hitsPerPage: query.pageSize,
            page: query.page,
          },
          ...chosen.map((facet) => ({
            indexUid,
            q: query.q ?? '',
            filter: filterWithout(facet),
            facets: [FACETS[facet]],
            hitsPerPage: 0,
            page: 1,
          })),
        ],
      });
      const [result, ...facetResults] = results;
      const dist = { ...(result.facetDistribution ?? {}) };
      chosen.forEach((facet, i) => {
        dist[FACETS[facet]] = facetResults[i].facetDistribution?.[FACETS[facet]] ?? {};
      });
      const hits = result.hits as unknown as ListingDocument[];
      const items = await this.withMatchCounts(viewer, hits.map(toSummary));
      return {
        items,
        total: Number((result as { totalHits?: number }).totalHits ?? items.length),
        page: query.page,
        pageSize: query.pageSize,
        facets: {
          sdg: dist.sdgs ?? {},
          region: dist.regions ?? {},
          modality: dist.modalities ?? {},
          language: dist.languages ?? {},
        },
        degraded: false,
      };
    } catch (error) {
      // While the circuit is open the breaker has said so once; do not log every request.
      if (!(error instanceof SearchUnavailableError))
        this.logger.warn(`listing search falls back to PostgreSQL: ${String(error)}`);
      const regions = query.region ?? [];
      const countries = regions.length
        ? AREA_REFS.filter((a) => regionsOf(a).some((r) => regions.includes(r))).map((a) => a.iso2)
        : undefined;
      return this.searchSql(kind, viewer, query, countries);
    }
  }

  /** When Meilisearch is down: the same filters in SQL, a plain text match, no facet counts. */
  private async searchSql(
    kind: 'need' | 'offer',
    viewer: Viewer,
    query: ListingSearchQuery,
    regionCountries: string[] | undefined,
  ): Promise<ListingSearchResult> {
    const table = kind === 'need' ? 'needs' : 'offers';
    const countriesColumn = kind === 'need' ? 'countries' : 'eligible_countries';
    const textColumn = kind === 'need' ? 'problem_statement' : 'description';
    const rows: (NeedRow & OfferRow & { total: string })[] = await this.db.query(
      `${WITH_ORG(table)}
       WHERE l.status = $1 AND (l.visibility = ANY($2) OR l.organization_id = ANY($3::uuid[]))
         AND ($4::text IS NULL OR l.title ILIKE '%' || $4 || '%' OR l.${textColumn} ILIKE '%' || $4 || '%')
         AND ($5::smallint[] IS NULL OR l.sdgs && $5)
         AND ($6::text[] IS NULL OR l.${countriesColumn} && $6)
         AND ($7::text[] IS NULL OR l.modalities && $7)
         AND ($8::text[] IS NULL OR l.languages && $8)
         AND ($9::uuid IS NULL OR l.organization_id = $9)
         AND ($12::int IS NULL OR l.created_at <= now() - make_interval(days => $12))
       ORDER BY l.created_at ${query.sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT $10 OFFSET $11`,
      [
        query.status,
        VISIBLE_TO(viewer),
        viewer.organizations,
        query.q ?? null,
        query.sdg ?? null,
        // Countries and regions chosen together must both hold.
        query.country?.length
          ? query.country.filter((c) => !regionCountries || regionCountries.includes(c))
          : (regionCountries ?? null),
        query.modality ?? null,
        query.language ?? null,
        query.organization ?? null,
        query.pageSize,
        (query.page - 1) * query.pageSize,
        query.minAgeDays ?? null,
      ],
    );
    const items = rows.map((r) => {
      const countries = kind === 'need' ? r.countries : r.eligible_countries;
      const body = kind === 'need' ? r.problem_statement : r.description;
      return toSummary({
        id: r.id,
        kind,
        title: r.title,
        excerpt: body.length > 280 ? `${body.slice(0, 277)}…` : body,
        organization: { id: r.organization_id, slug: r.org_slug, name: r.org_name },
        sdgs: r.sdgs,
        countries,
        regions: deriveGeography(countries).regions,
        modalities: r.modalities,
        languages: r.languages,
        visibility: r.visibility,
        status: r.status,
        createdAt: Math.floor(r.created_at.getTime() / 1000),
      } as ListingDocument);
    });
    return {
      items: await this.withMatchCounts(viewer, items),
      total: items.length + (query.page - 1) * query.pageSize,
      page: query.page,
      pageSize: query.pageSize,
      facets: { sdg: {}, region: {}, modality: {}, language: {} },
      degraded: true,
    };
  }

  private async withMatchCounts(viewer: Viewer, items: ListingSummary[]): Promise<ListingSummary[]> {
    if (!viewer.staff || !items.length) return items;
    const rows: { id: string; n: number }[] = await this.db.query(
      `SELECT need_id AS id, count(*)::int AS n FROM matches WHERE need_id = ANY($1::uuid[]) GROUP BY need_id
       UNION ALL
       SELECT offer_id, count(*)::int FROM matches WHERE offer_id = ANY($1::uuid[]) GROUP BY offer_id`,
      [items.map((i) => i.id)],
    );
    const counts = new Map(rows.map((r) => [r.id, r.n]));
    return items.map((i) => ({ ...i, matches: counts.get(i.id) ?? 0 }));
  }
}

function toSummary(d: ListingDocument): ListingSummary {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    excerpt: d.excerpt,
    organization: d.organization,
    sdgs: d.sdgs,
    countries: d.countries,
    regions: d.regions,
    modalities: d.modalities as ListingSummary['modalities'],
    languages: d.languages,
    visibility: d.visibility as ListingSummary['visibility'],
    status: d.status as ListingSummary['status'],
    createdAt: new Date(d.createdAt * 1000).toISOString(),
    ageDays: Math.floor((Date.now() / 1000 - d.createdAt) / 86400),
    matches: null,
  };
}

/** UPDATE … SET only the given columns (undefined = untouched, null = cleared), version + 1. */
async function updateRow(m: EntityManager, table: string, id: string, columns: Record<string, unknown>): Promise<void> {
  const set = Object.entries(columns).filter(([, v]) => v !== undefined);
  await m.query(
    `UPDATE ${table} SET ${set.map(([c], i) => `${c} = $${i + 2}`).join(', ')}${set.length ? ', ' : ''}
       version = version + 1, updated_at = now() WHERE id = $1`,
    [id, ...set.map(([, v]) => v)],
  );
}
