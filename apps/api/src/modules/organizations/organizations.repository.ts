import { Injectable } from '@nestjs/common';
import type {
  ContentLanguage,
  OrganizationInputParsed,
  MemberRole,
  Modality,
  OrganizationType,
  UiLanguage,
  VerificationLevel,
} from '@galaxy/contracts';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { baseSlug, slugSuffix } from '../../common/slugs';

/** What a member writes about their organization (registration, profile edits). */
export interface OrganizationProfile {
  name: string;
  acronym: string | null;
  type: OrganizationType;
  country: string | null;
  operatingCountries: string[];
  website: string | null;
  description: string;
  expertiseSdgs: number[];
  expertiseTargets: string[];
  modalities: Modality[];
  languages: ContentLanguage[];
  contactEmail: string | null;
}

/** The profile's columns, for the one statement that updates what a member changed. */
const PROFILE_COLUMNS: Record<keyof OrganizationProfile, string> = {
  name: 'name',
  acronym: 'acronym',
  type: 'type',
  country: 'country',
  operatingCountries: 'operating_countries',
  website: 'website',
  description: 'description',
  expertiseSdgs: 'expertise_sdgs',
  expertiseTargets: 'expertise_targets',
  modalities: 'modalities',
  languages: 'languages',
  contactEmail: 'contact_email',
};

/** An invitation still waiting for its invitee. */
export interface PendingInvitation {
  id: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
}

/** A member as the manage view lists them. */
export interface OrganizationMember {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  since: Date;
}

/** A person to write to, in their language. */
export interface Recipient {
  email: string;
  locale: UiLanguage;
}

/** One of a user's organizations, with the role held there. */
export interface UserMembership {
  organizationId: string;
  slug: string;
  name: string;
  role: MemberRole;
}

/** TypeORM drops a `where` key whose value is `undefined` (and would match any row): refuse that instead. */
function required(value: string): string {
  if (value === undefined || value === null) throw new Error('No value to look an organization up by');
  return value;
}

/**
 * The organizations aggregate (organizations, their memberships and invitations): the only code
 * that reads or writes these tables. Methods that must run inside a caller's transaction take its
 * `EntityManager`; the others default to the pool.
 */
@Injectable()
export class OrganizationsRepository {
  private readonly organizations: Repository<OrganizationEntity>;

  constructor(private readonly db: DataSource) {
    this.organizations = db.getRepository(OrganizationEntity);
  }

  // ---- organizations -----------------------------------------------------------------------------

  /**
   * Inserts a registered organization; `undefined` when a unique index refused it (its name, or the
   * slug another registration took meanwhile), so concurrent registrations never both succeed.
   */
  async insertRegistered(
    m: EntityManager,
    organization: OrganizationProfile & {
      slug: string;
      source: string;
      createdBy: string;
      verification: VerificationLevel;
    },
  ): Promise<string | undefined> {
    const [created]: { id: string }[] = await m.query(
      `INSERT INTO organizations (slug, name, acronym, type, country, operating_countries, website, description,
         expertise_sdgs, expertise_targets, modalities, languages, contact_email, source, created_by, verification)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        organization.slug,
        organization.name,
        organization.acronym,
        organization.type,
        organization.country,
        organization.operatingCountries,
        organization.website,
        organization.description,
        organization.expertiseSdgs,
        organization.expertiseTargets,
        organization.modalities,
        organization.languages,
        organization.contactEmail,
        organization.source,
        organization.createdBy,
        organization.verification,
      ],
    );
    return created?.id;
  }

  /** Whether an organization has this name, case aside (what the unique index compares). */
  async nameTaken(m: EntityManager, name: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM organizations WHERE lower(name) = lower($1)`, [name]);
    return rows.length > 0;
  }

  /**
   * Changes what is given. A verification vouches for this name at this website: changing either
   * drops it back to unverified (an organization verified by its email domain could otherwise rename
   * itself "UNDP").
   */
  async updateProfile(m: EntityManager, id: string, changes: Partial<OrganizationProfile>): Promise<void> {
    const set = (Object.keys(PROFILE_COLUMNS) as (keyof OrganizationProfile)[])
      .filter((field) => changes[field] !== undefined)
      .map((field) => [PROFILE_COLUMNS[field], changes[field]] as const);
    const identity = set
      .map(([column], i) =>
        column === 'name' || column === 'website' ? `${column} IS DISTINCT FROM $${i + 2}` : undefined,
      )
      .filter(Boolean);
    const verification = identity.length
      ? `, verification = CASE WHEN ${identity.join(' OR ')} THEN 'unverified' ELSE verification END`
      : '';
    await m.query(
      `UPDATE organizations SET ${set.map(([column], i) => `${column} = $${i + 2}`).join(', ')}${verification}, updated_at = now() WHERE id = $1`,
      [id, ...set.map(([, value]) => value)],
    );
  }

  /** True when the organization exists. */
  async setVerification(m: EntityManager, id: string, level: VerificationLevel): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await m.query(
      `UPDATE organizations SET verification = $2, updated_at = now() WHERE id = $1 RETURNING id`,
      [id, level],
    );
    return rows.length > 0;
  }

  /** Serializes membership changes of one organization until the transaction ends. */
  async lockForMembershipChange(m: EntityManager, id: string): Promise<void> {
    await m.query(`SELECT id FROM organizations WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Every column, private ones included (the manage view). */
  async exists(m: EntityManager, id: string): Promise<boolean> {
    return m.getRepository(OrganizationEntity).exists({ where: { id: required(id) } });
  }

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOne({ where: { id: required(id) } });
  }

  /** The public profile's own columns, by id or slug. */
  findPublic(
    where: { id: string } | { slug: string },
  ): Promise<Pick<
    OrganizationEntity,
    'id' | 'operatingCountries' | 'website' | 'expertiseTargets' | 'modalities' | 'languages' | 'source'
  > | null> {
    return this.organizations.findOne({
      select: {
        id: true,
        operatingCountries: true,
        website: true,
        expertiseTargets: true,
        modalities: true,
        languages: true,
        source: true,
      },
      where: 'id' in where ? { id: required(where.id) } : { slug: required(where.slug) },
    });
  }

  async nameOf(id: string): Promise<string | undefined> {
    const found = await this.organizations.findOne({ select: { name: true }, where: { id: required(id) } });
    return found?.name;
  }

  async slugOf(m: EntityManager, id: string): Promise<string | undefined> {
    const found = await m
      .getRepository(OrganizationEntity)
      .findOne({ select: { slug: true }, where: { id: required(id) } });
    return found?.slug;
  }

  /** Where a visitor's message to the organization goes. */
  async contactOf(id: string): Promise<Pick<OrganizationEntity, 'name' | 'contactEmail' | 'languages'> | undefined> {
    const found = await this.organizations.findOne({
      select: { name: true, contactEmail: true, languages: true },
      where: { id: required(id) },
    });
    return found ?? undefined;
  }

  /**
   * Registered organizations whose name is trigram-close to `name` or to its `key` (the name with
   * case, accents and punctuation set aside), closest first; the trigram index finds them.
   */
  async namesLike(
    name: string,
    key: string,
    limit: number,
  ): Promise<
    { id: string; slug: string; name: string; acronym: string | null; country: string | null; score: number }[]
  > {
    return this.db.query(
      `SELECT id, slug, name, acronym, trim(country) AS country,
              greatest(similarity(name, $1), similarity(name, $2)) AS score
       FROM organizations WHERE name % $1 OR name % $2
       ORDER BY score DESC, name LIMIT $3`,
      [name, key, limit],
    );
  }

  /**
   * The published solutions the organization is attached to, newest first. It reads the solutions'
   * link table: the organization page lists them, and the solutions module (which imports this one
   * through curation) cannot be asked from here without a module cycle.
   */
  async publishedSolutionIds(organizationId: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT s.id, s.published_at FROM solutions s JOIN solution_organizations so ON so.solution_id = s.id
       WHERE so.organization_id = $1 AND so.attached AND s.curation_status = 'published'
       ORDER BY s.published_at DESC, s.id LIMIT $2`,
      [organizationId, limit],
    );
    return rows.map((r) => r.id);
  }

  // ---- invitations -------------------------------------------------------------------------------

  async createInvitation(invitation: {
    organizationId: string;
    email: string;
    role: MemberRole;
    tokenHash: string;
    invitedBy: string;
    days: number;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO invitations (organization_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
      [
        invitation.organizationId,
        invitation.email,
        invitation.role,
        invitation.tokenHash,
        invitation.invitedBy,
        invitation.days,
      ],
    );
  }

  /** Unaccepted and unexpired, oldest first. */
  async pendingInvitations(organizationId: string): Promise<PendingInvitation[]> {
    const rows: { id: string; email: string; role: MemberRole; expires_at: Date }[] = await this.db.query(
      `SELECT id, email, role, expires_at FROM invitations
       WHERE organization_id = $1 AND accepted_at IS NULL AND expires_at > now() ORDER BY created_at`,
      [organizationId],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, expiresAt: r.expires_at }));
  }

  /** A live invitation by its link's hash, with its organization. */
  async liveInvitation(
    tokenHash: string,
  ): Promise<
    | { email: string; role: MemberRole; expiresAt: Date; organization: { id: string; slug: string; name: string } }
    | undefined
  > {
    const [row]: { email: string; role: MemberRole; expires_at: Date; id: string; slug: string; name: string }[] =
      await this.db.query(
        `SELECT i.email, i.role, i.expires_at, o.id, o.slug, o.name
         FROM invitations i JOIN organizations o ON o.id = i.organization_id
         WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > now()`,
        [tokenHash],
      );
    if (!row) return undefined;
    return {
      email: row.email,
      role: row.role,
      expiresAt: row.expires_at,
      organization: { id: row.id, slug: row.slug, name: row.name },
    };
  }

  /** Deletes an unaccepted invitation; false when there is none with this id in this organization. */
  async deletePendingInvitation(organizationId: string, invitationId: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `DELETE FROM invitations WHERE id = $1 AND organization_id = $2 AND accepted_at IS NULL RETURNING id`,
      [invitationId, organizationId],
    );
    return rows.length > 0;
  }

  /** A new link and a new period for an unaccepted invitation (the old link stops working). */
  async renewInvitation(renewal: {
    organizationId: string;
    invitationId: string;
    tokenHash: string;
    invitedBy: string;
    days: number;
  }): Promise<{ email: string; role: MemberRole } | undefined> {
    const [rows]: [{ email: string; role: MemberRole }[], number] = await this.db.query(
      `UPDATE invitations SET token_hash = $3, invited_by = $4, expires_at = now() + make_interval(days => $5)
       WHERE id = $1 AND organization_id = $2 AND accepted_at IS NULL RETURNING email, role`,
      [renewal.invitationId, renewal.organizationId, renewal.tokenHash, renewal.invitedBy, renewal.days],
    );
    return rows[0];
  }

  /** Marks a live invitation for this address accepted; what it was for, or `undefined`. */
  async acceptInvitation(
    m: EntityManager,
    tokenHash: string,
    email: string,
  ): Promise<{ organizationId: string; role: MemberRole } | undefined> {
    const [rows]: [{ organization_id: string; role: MemberRole }[], number] = await m.query(
      `UPDATE invitations SET accepted_at = now()
       WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() AND email = $2
       RETURNING organization_id, role`,
      [tokenHash, email],
    );
    const row = rows[0];
    return row ? { organizationId: row.organization_id, role: row.role } : undefined;
  }

  // ---- memberships -------------------------------------------------------------------------------

  /** `undefined` when no such organization; else the user's role in it, `null` for none. */
  async roleIn(
    organizationId: string,
    userId: string,
    m: EntityManager = this.db.manager,
  ): Promise<{ role: MemberRole | null } | undefined> {
    const [row]: { role: MemberRole | null }[] = await m.query(
      `SELECT m.role FROM organizations o
       LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = $2
       WHERE o.id = $1`,
      [organizationId, userId],
    );
    return row ? { role: row.role } : undefined;
  }

  async organizationIdsOf(userId: string): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.db.query(
      `SELECT organization_id FROM memberships WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.organization_id);
  }

  /** The user's organizations by name. */
  async membershipsOf(userId: string): Promise<UserMembership[]> {
    const rows: { organization_id: string; slug: string; name: string; role: MemberRole }[] = await this.db.query(
      `SELECT o.id AS organization_id, o.slug, o.name, m.role
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
       WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, slug: r.slug, name: r.name, role: r.role }));
  }

  /**
   * Members (of these roles) of any of these organizations, and these users, each once; only those
   * who asked for email when `optedInOnly`.
   */
  async recipients(
    query: { organizationIds: string[]; roles: MemberRole[]; userIds: string[]; optedInOnly: boolean },
    m: EntityManager = this.db.manager,
  ): Promise<Recipient[]> {
    return m.query(
      `SELECT u.email, u.locale FROM users u
       WHERE (u.notify_by_email OR NOT $4)
         AND (u.id = ANY($3::uuid[]) OR EXISTS (
           SELECT 1 FROM memberships mb
           WHERE mb.user_id = u.id AND mb.organization_id = ANY($1::uuid[]) AND mb.role = ANY($2::text[])))
       ORDER BY u.email`,
      [query.organizationIds, query.roles, query.userIds, query.optedInOnly],
    );
  }

  async isMemberByEmail(organizationId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`,
      [organizationId, email],
    );
    return rows.length > 0;
  }

  /** Adds a member; an existing membership is left as it is. */
  async addMember(m: EntityManager, organizationId: string, userId: string, role: MemberRole): Promise<void> {
    await m.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
      [organizationId, userId, role],
    );
  }

  /** False when the user is no member. */
  async changeRole(m: EntityManager, organizationId: string, userId: string, role: MemberRole): Promise<boolean> {
    const [rows]: [{ user_id: string }[], number] = await m.query(
      `UPDATE memberships SET role = $3 WHERE organization_id = $1 AND user_id = $2 RETURNING user_id`,
      [organizationId, userId, role],
    );
    return rows.length > 0;
  }

  /** False when the user is no member. */
  async removeMember(m: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    const [rows]: [{ user_id: string }[], number] = await m.query(
      `DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2 RETURNING user_id`,
      [organizationId, userId],
    );
    return rows.length > 0;
  }

  async countAdmins(m: EntityManager, organizationId: string): Promise<number> {
    const [row]: { admins: number }[] = await m.query(
      `SELECT count(*)::int AS admins FROM memberships WHERE organization_id = $1 AND role = 'admin'`,
      [organizationId],
    );
    return row.admins;
  }

  /** Members for the manage view, by name. */
  async members(organizationId: string): Promise<OrganizationMember[]> {
    const rows: { user_id: string; name: string; email: string; role: MemberRole; since: Date }[] = await this.db.query(
      `SELECT u.id AS user_id, u.name, u.email, m.role, m.created_at AS since
       FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 ORDER BY u.name`,
      [organizationId],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, role: r.role, since: r.since }));
  }

  // ---- bulk writes (seed, imports, publication) -----------------------------------------------------

  /** Creates or updates organizations by external id, a batch in one statement. */
  async upsertImported(
    m: EntityManager,
    batch: readonly OrganizationInputParsed[],
  ): Promise<{ id: string; inserted: boolean }[]> {
    const slugs = await this.uniqueSlugs(
      m,
      batch.map((o) => o.name),
    );
    const rows: { id: string; inserted: boolean }[] = await m.query(
      `INSERT INTO organizations (slug, external_id, name, acronym, type, country, operating_countries, website,
         description, expertise_sdgs, expertise_targets, modalities, languages, source)
       SELECT r.slug, r.external_id, r.name, r.acronym, r.type, r.country, r.operating_countries, r.website,
         r.description, r.expertise_sdgs, r.expertise_targets, r.modalities, r.languages, r.source
       FROM jsonb_to_recordset($1::jsonb) AS r(slug text, external_id text, name text, acronym text, type text,
         country text, operating_countries text[], website text, description text, expertise_sdgs smallint[],
         expertise_targets text[], modalities text[], languages text[], source text)
       ON CONFLICT (external_id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym, type = excluded.type,
         country = excluded.country, operating_countries = excluded.operating_countries, website = excluded.website,
         description = excluded.description, expertise_sdgs = excluded.expertise_sdgs,
         expertise_targets = excluded.expertise_targets, modalities = excluded.modalities,
         languages = excluded.languages, source = excluded.source, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [
        JSON.stringify(
          batch.map((o, j) => ({
            slug: slugs[j],
            external_id: o.externalId ?? null,
            name: o.name,
            acronym: o.acronym ?? null,
            type: o.type,
            country: o.country ?? null,
            operating_countries: o.operatingCountries,
            website: o.website ?? null,
            description: o.description,
            expertise_sdgs: o.expertiseSdgs,
            expertise_targets: o.expertiseTargets,
            modalities: o.modalities,
            languages: o.languages,
            source: o.source,
          })),
        ),
      ],
    );
    return rows;
  }

  /**
   * The ids of the named organizations, by lower-cased name: the oldest of each name, and those not
   * known yet created (unverified, their name as description).
   */
  async resolveNamed(m: EntityManager, wanted: readonly NamedOrganization[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (!wanted.length) return ids;
    const found: { id: string; key: string }[] = await m.query(
      `SELECT DISTINCT ON (lower(name)) id, lower(name) AS key FROM organizations WHERE lower(name) = ANY($1) ORDER BY lower(name), created_at`,
      [wanted.map((o) => o.name.toLowerCase())],
    );
    for (const row of found) ids.set(row.key, row.id);
    let missing = wanted.filter((o) => !ids.has(o.name.toLowerCase()));
    // Another transaction may create one of them, or take a slug, meanwhile (curators approving
    // solutions that name the same new partner): the unique indexes decide, the insert skips what
    // they refuse, and the next round finds the other's organization or picks a fresh slug.
    for (let round = 0; missing.length && round < 5; round++) {
      const slugs = await this.uniqueSlugs(
        m,
        missing.map((o) => o.acronym ?? o.name),
      );
      const created: { id: string; key: string }[] = await m.query(
        `INSERT INTO organizations (slug, name, acronym, type, country, description, source)
         SELECT r.slug, r.name, r.acronym, r.type, r.country, r.description, r.source
         FROM jsonb_to_recordset($1::jsonb) AS r(slug text, name text, acronym text, type text, country text,
           description text, source text)
         ON CONFLICT DO NOTHING
         RETURNING id, lower(name) AS key`,
        [
          JSON.stringify(
            missing.map((o, j) => ({
              slug: slugs[j],
              name: o.name,
              acronym: o.acronym ?? null,
              type: o.type,
              country: o.country ?? null,
              description: o.acronym ? `${o.name} (${o.acronym}).` : `${o.name}.`,
              source: o.source,
            })),
          ),
        ],
      );
      for (const row of created) ids.set(row.key, row.id);
      const skipped = missing.filter((o) => !ids.has(o.name.toLowerCase()));
      if (skipped.length) {
        const others: { id: string; key: string }[] = await m.query(
          `SELECT id, lower(name) AS key FROM organizations WHERE lower(name) = ANY($1)`,
          [skipped.map((o) => o.name.toLowerCase())],
        );
        for (const row of others) ids.set(row.key, row.id);
      }
      missing = missing.filter((o) => !ids.has(o.name.toLowerCase()));
    }
    if (missing.length) throw new Error(`could not create the organizations ${missing.map((o) => o.name).join(', ')}`);
    return ids;
  }

  /** Readable slugs, made unique against the database and within the batch. */
  async uniqueSlugs(m: EntityManager, names: readonly string[]): Promise<string[]> {
    const bases = names.map((n) => baseSlug(n, 'organization'));
    const taken = new Set<string>(
      (
        (await m.query(`SELECT slug FROM organizations WHERE slug LIKE ANY($1)`, [
          [...new Set(bases)].map((b) => `${b}%`),
        ])) as { slug: string }[]
      ).map((r) => r.slug),
    );
    return bases.map((base, i) => {
      let slug = base;
      for (let n = 0; taken.has(slug); n++) slug = `${base}-${slugSuffix(`${names[i]}#${n}`, 4)}`;
      taken.add(slug);
      return slug;
    });
  }

  /** The organization's name, read in the caller's transaction. */
  async nameIn(m: EntityManager, id: string): Promise<string | undefined> {
    const found = await m
      .getRepository(OrganizationEntity)
      .findOne({ select: { name: true }, where: { id: required(id) } });
    return found?.name;
  }
}

/** An organization a solution names, to find by name or create. */
export interface NamedOrganization {
  name: string;
  acronym?: string | null;
  type: OrganizationType;
  country?: string | null;
  source: string;
}
