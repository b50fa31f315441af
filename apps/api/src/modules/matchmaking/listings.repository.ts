import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NeedEntity, OfferEntity } from './listing.entity';

export type ListingKind = 'need' | 'offer';

/** The organization a listing belongs to, as listings show it. */
export interface ListingOrganization {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  verification: string;
}

export type NeedRecord = Omit<NeedEntity, 'createdBy' | 'organizationId'> & { organization: ListingOrganization };
export type OfferRecord = Omit<OfferEntity, 'createdBy' | 'organizationId'> & { organization: ListingOrganization };

/** What an edit needs to know of the row it locked. */
export interface LockedListing {
  organizationId: string;
  status: string;
  version: number;
}

/** What scoring needs of a need. */
export type NeedFacts = Pick<
  NeedEntity,
  | 'id'
  | 'organizationId'
  | 'status'
  | 'title'
  | 'problemStatement'
  | 'sdgs'
  | 'sdgTargets'
  | 'countries'
  | 'languages'
  | 'modalities'
>;

export type NewNeed = Omit<NeedEntity, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>;
export type NewOffer = Omit<OfferEntity, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>;
/** undefined leaves a column as it is, null clears it. */
export type NeedChanges = Partial<Omit<NewNeed, 'organizationId' | 'createdBy'> & Pick<NeedEntity, 'status'>>;
export type OfferChanges = Partial<Omit<NewOffer, 'organizationId' | 'createdBy'> & Pick<OfferEntity, 'status'>>;

const NEED_FACTS = {
  id: true,
  organizationId: true,
  status: true,
  title: true,
  problemStatement: true,
  sdgs: true,
  sdgTargets: true,
  countries: true,
  languages: true,
  modalities: true,
} as const;

const ORG_COLUMNS = `o.slug AS org_slug, o.name AS org_name, trim(o.country) AS org_country, o.verification AS org_verification`;

interface OrgColumns {
  organization_id: string;
  org_slug: string;
  org_name: string;
  org_country: string | null;
  org_verification: string;
}

const organizationOf = (r: OrgColumns): ListingOrganization => ({
  id: r.organization_id,
  slug: r.org_slug,
  name: r.org_name,
  country: r.org_country,
  verification: r.org_verification,
});

/** Needs and offers (the listings aggregate): their rows, their locks and the checks that read them. */
@Injectable()
export class ListingsRepository {
  constructor(private readonly db: DataSource) {}

  async findNeed(id: string): Promise<NeedRecord | null> {
    const [r]: (OrgColumns & {
      id: string;
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
      co_contribution: NeedRecord['coContribution'];
      endorsement: NeedRecord['endorsement'];
      visibility: NeedRecord['visibility'];
      status: NeedRecord['status'];
      version: number;
      created_at: Date;
      updated_at: Date;
    })[] = await this.db.query(
      `SELECT l.id, l.organization_id, l.title, l.problem_statement, l.current_situation, l.desired_outcome, l.sdgs,
         l.sdg_targets, l.countries, l.modalities, l.languages, l.timeframe_start, l.timeframe_end, l.co_contribution,
         l.endorsement, l.visibility, l.status, l.version, l.created_at, l.updated_at, ${ORG_COLUMNS}
       FROM needs l JOIN organizations o ON o.id = l.organization_id WHERE l.id = $1`,
      [id],
    );
    if (!r) return null;
    return {
      id: r.id,
      organization: organizationOf(r),
      title: r.title,
      problemStatement: r.problem_statement,
      currentSituation: r.current_situation,
      desiredOutcome: r.desired_outcome,
      sdgs: r.sdgs,
      sdgTargets: r.sdg_targets,
      countries: r.countries,
      modalities: r.modalities,
      languages: r.languages,
      timeframeStart: r.timeframe_start,
      timeframeEnd: r.timeframe_end,
      coContribution: r.co_contribution,
      endorsement: r.endorsement,
      visibility: r.visibility,
      status: r.status,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  async findOffer(id: string): Promise<OfferRecord | null> {
    const [r]: (OrgColumns & {
      id: string;
      title: string;
      description: string;
      modalities: string[];
      sdgs: number[];
      sdg_targets: string[];
      eligible_countries: string[];
      eligible_groups: string[];
      eligible_regions: string[];
      capacity_per_year: number | null;
      cost_model: OfferRecord['costModel'];
      languages: string[];
      track_record: string[];
      visibility: OfferRecord['visibility'];
      status: OfferRecord['status'];
      version: number;
      created_at: Date;
      updated_at: Date;
    })[] = await this.db.query(
      `SELECT l.id, l.organization_id, l.title, l.description, l.modalities, l.sdgs, l.sdg_targets, l.eligible_countries,
         l.eligible_groups, l.eligible_regions, l.capacity_per_year, l.cost_model, l.languages, l.track_record,
         l.visibility, l.status, l.version, l.created_at, l.updated_at, ${ORG_COLUMNS}
       FROM offers l JOIN organizations o ON o.id = l.organization_id WHERE l.id = $1`,
      [id],
    );
    if (!r) return null;
    return {
      id: r.id,
      organization: organizationOf(r),
      title: r.title,
      description: r.description,
      modalities: r.modalities,
      sdgs: r.sdgs,
      sdgTargets: r.sdg_targets,
      eligibleCountries: r.eligible_countries,
      eligibleGroups: r.eligible_groups,
      eligibleRegions: r.eligible_regions,
      capacityPerYear: r.capacity_per_year,
      costModel: r.cost_model,
      languages: r.languages,
      trackRecord: r.track_record,
      visibility: r.visibility,
      status: r.status,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  /** The facts scoring needs of a need, or null when there is no such need. */
  findNeedFacts(id: string): Promise<NeedFacts | null> {
    return this.db.getRepository(NeedEntity).findOne({ where: { id }, select: NEED_FACTS });
  }

  /** The organization of an open offer, or null when no open offer has this id. */
  async findOpenOfferOrganization(id: string): Promise<string | null> {
    const offer = await this.db
      .getRepository(OfferEntity)
      .findOne({ where: { id, status: 'open' }, select: { id: true, organizationId: true } });
    return offer?.organizationId ?? null;
  }

  /** Locks the row for the rest of the transaction (SELECT … FOR UPDATE). */
  async lockForEdit(m: EntityManager, kind: ListingKind, id: string): Promise<LockedListing | null> {
    const entity = kind === 'need' ? NeedEntity : OfferEntity;
    const row = await m.getRepository<NeedEntity | OfferEntity>(entity).findOne({
      where: { id },
      select: { id: true, organizationId: true, status: true, version: true },
      lock: { mode: 'pessimistic_write' },
    });
    return row && { organizationId: row.organizationId, status: row.status, version: row.version };
  }

  async insertNeed(m: EntityManager, need: NewNeed): Promise<string> {
    const { identifiers } = await m.getRepository(NeedEntity).insert(need);
    return identifiers[0].id as string;
  }

  async insertOffer(m: EntityManager, offer: NewOffer): Promise<string> {
    const { identifiers } = await m.getRepository(OfferEntity).insert(offer);
    return identifiers[0].id as string;
  }

  /** Sets only the given columns, moves the version on and stamps the edit. */
  async updateNeed(m: EntityManager, id: string, changes: NeedChanges): Promise<void> {
    await m
      .getRepository(NeedEntity)
      .createQueryBuilder()
      .update()
      .set({ ...defined(changes), version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async updateOffer(m: EntityManager, id: string, changes: OfferChanges): Promise<void> {
    await m
      .getRepository(OfferEntity)
      .createQueryBuilder()
      .update()
      .set({ ...defined(changes), version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  /** The first SDG target of the listing that is not under one of its goals, if any. */
  async firstTargetOutsideGoals(m: EntityManager, kind: ListingKind, id: string): Promise<string | null> {
    const table = kind === 'need' ? 'needs' : 'offers';
    const [bad]: { t: string }[] = await m.query(
      `SELECT t FROM ${table}, unnest(sdg_targets) t WHERE id = $1
         AND split_part(t, '.', 1)::smallint <> ALL (sdgs) LIMIT 1`,
      [id],
    );
    return bad?.t ?? null;
  }

  /** Of these solution ids, those that are published and the organization's (attached or owned). */
  async publishedSolutionsOf(m: EntityManager, organizationId: string, ids: readonly string[]): Promise<Set<string>> {
    const found: { id: string }[] = await m.query(
      `SELECT DISTINCT s.id FROM solutions s JOIN solution_organizations so ON so.solution_id = s.id
       WHERE s.id = ANY($1::uuid[]) AND s.curation_status = 'published'
         AND ((so.organization_id = $2 AND so.attached) OR s.owner_organization_id = $2)`,
      [ids, organizationId],
    );
    return new Set(found.map((f) => f.id));
  }

  /** An offer's track record as links: the published solutions among these ids. */
  async trackRecordLinks(ids: readonly string[]): Promise<{ id: string; slug: string; title: string }[]> {
    if (!ids.length) return [];
    const rows: { id: string; slug: string; title: string }[] = await this.db.query(
      `SELECT id, slug, title FROM solutions WHERE id = ANY($1::uuid[]) AND curation_status = 'published'`,
      [ids],
    );
    return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title }));
  }
}

function defined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}
