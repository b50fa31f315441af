import { Injectable } from '@nestjs/common';
import type { OrganizationInputParsed, SolutionInputParsed } from '@galaxy/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SolutionsRepository, type SolutionLinks } from '../solutions/solutions.repository';
import { enqueueOwnDocuments, enqueueSearchSync } from '../search';
import { baseSlug, slugSuffix } from './slugs';

const BATCH = 500;

export interface WriteOptions {
  /** Publish the solutions (seed, trusted import) or keep them as drafts. */
  publish: boolean;
}

export interface WriteResult {
  created: number;
  updated: number;
  ids: string[];
}

/**
 * Writes organizations and solutions in bulk, idempotently on their external id, each batch in one
 * transaction together with its search outbox rows. Used by the seed and the importer.
 */
@Injectable()
export class CatalogWriter {
  private readonly solutions: SolutionsRepository;

  /** Scripts (seed, CLI, benchmarks) pass only the data source; Nest passes the repository it provides. */
  constructor(
    private readonly db: DataSource,
    solutions?: SolutionsRepository,
  ) {
    this.solutions = solutions ?? new SolutionsRepository(db);
  }

  async writeOrganizations(inputs: readonly OrganizationInputParsed[]): Promise<WriteResult> {
    const result: WriteResult = { created: 0, updated: 0, ids: [] };
    for (let i = 0; i < inputs.length; i += BATCH) {
      await this.db.transaction(async (manager) => {
        const batch = inputs.slice(i, i + BATCH);
        const slugs = await this.uniqueOrganizationSlugs(
          manager,
          batch.map((o) => o.name),
        );
        const rows: { id: string; inserted: boolean }[] = await manager.query(
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
        tally(result, rows);
        await enqueueSearchSync(
          manager,
          'organization',
          rows.map((r) => r.id),
        );
      });
    }
    return result;
  }

  async writeSolutions(inputs: readonly SolutionInputParsed[], options: WriteOptions): Promise<WriteResult> {
    const result: WriteResult = { created: 0, updated: 0, ids: [] };
    for (let i = 0; i < inputs.length; i += BATCH) {
      await this.db.transaction(async (manager) => {
        const batch = inputs.slice(i, i + BATCH);
        const organizationIds = await this.resolveOrganizations(manager, batch);
        const rows = await this.solutions.upsertImported(
          manager,
          batch.map((s) => {
            const id = randomUUID();
            return {
              id,
              slug: `${baseSlug(s.title, 'solution')}-${slugSuffix(s.externalId ?? id)}`,
              input: s,
              status: options.publish ? 'published' : 'draft',
            };
          }),
        );
        const ids = rows.map((r) => r.id);
        const organizationsTouched = await this.writeRelations(manager, batch, ids, organizationIds);
        tally(result, rows);
        await enqueueSearchSync(manager, 'solution', ids);
        // Organization documents carry solution counts.
        await enqueueOwnDocuments(manager, 'organization', organizationsTouched);
      });
    }
    return result;
  }

  /**
   * Publishes a reviewed revision as the solution with this id, in the caller's transaction: creates
   * it or replaces its text, countries and organizations; its slug and first publication date stay.
   */
  async publishRevision(
    manager: EntityManager,
    solution: {
      id: string;
      ownerOrganizationId: string;
      input: SolutionInputParsed;
      rubric: object | null;
      replicatedFrom?: string | null;
    },
  ): Promise<void> {
    const { id, input } = solution;
    const organizationIds = await this.resolveOrganizations(manager, [input]);
    // The partner's own name means the partner, even if an older organization has the same name.
    const [owner]: { name: string }[] = await manager.query(`SELECT name FROM organizations WHERE id = $1`, [
      solution.ownerOrganizationId,
    ]);
    if (owner) organizationIds.set(owner.name.toLowerCase(), solution.ownerOrganizationId);
    const previous = await this.solutions.organizationIdsOf(manager, [id]);
    await this.solutions.upsertPublished(manager, {
      id,
      slug: `${baseSlug(input.title, 'solution')}-${slugSuffix(id)}`,
      input,
      ownerOrganizationId: solution.ownerOrganizationId,
      rubric: solution.rubric,
      replicatedFrom: solution.replicatedFrom ?? null,
    });
    // Only the partner's own organization gets the solution on its profile; the others it names are
    // shown on the solution by name (a partner cannot attach its work to UNDP's page).
    const touched = await this.writeRelations(manager, [input], [id], organizationIds, solution.ownerOrganizationId);
    await enqueueSearchSync(manager, 'solution', [id]);
    await enqueueOwnDocuments(manager, 'organization', [...new Set([...touched, ...previous])]);
  }

  /**
   * Replaces the countries and organizations of these solutions (a solution without an owner then
   * belongs to its first implementing organization); returns the organizations now linked. With `attachTo`, only that organization gets the solution on its profile (see publishRevision).
   */
  private async writeRelations(
    manager: EntityManager,
    batch: readonly SolutionInputParsed[],
    ids: readonly string[],
    organizationIds: Map<string, string>,
    attachTo?: string,
  ): Promise<string[]> {
    const links: SolutionLinks[] = batch.map((s, j) => ({
      solutionId: ids[j],
      countries: dedupe(s.countries, (c) => `${c.country}/${c.role}`).map((c) => ({
        country: c.country,
        role: c.role,
      })),
      organizations: dedupe(
        s.organizations.map((o) => ({
          organizationId: organizationIds.get(o.name.toLowerCase()) as string,
          role: o.role,
        })),
        (o) => `${o.organizationId}/${o.role}`,
      ).map((o) => ({ ...o, attached: attachTo === undefined || o.organizationId === attachTo })),
    }));
    await this.solutions.replaceLinks(manager, links);
    return [...new Set(links.flatMap((l) => l.organizations.map((o) => o.organizationId)))];
  }

  /** Finds the named organizations by name (case-insensitive); creates those that do not exist yet. */
  private async resolveOrganizations(
    manager: EntityManager,
    batch: readonly SolutionInputParsed[],
  ): Promise<Map<string, string>> {
    const wanted = new Map<string, SolutionInputParsed['organizations'][number] & { source: string }>();
    for (const s of batch)
      for (const o of s.organizations) wanted.set(o.name.toLowerCase(), { ...o, source: s.source });
    const ids = new Map<string, string>();
    if (!wanted.size) return ids;
    const found: { id: string; key: string }[] = await manager.query(
      `SELECT DISTINCT ON (lower(name)) id, lower(name) AS key FROM organizations WHERE lower(name) = ANY($1) ORDER BY lower(name), created_at`,
      [[...wanted.keys()]],
    );
    for (const row of found) ids.set(row.key, row.id);
    let missing = [...wanted.entries()].filter(([key]) => !ids.has(key)).map(([, o]) => o);
    // Another transaction may create one of them, or take a slug, meanwhile (curators approving
    // solutions that name the same new partner): the unique indexes decide, the insert skips what
    // they refuse, and the next round finds the other's organization or picks a fresh slug.
    for (let round = 0; missing.length && round < 5; round++) {
      const slugs = await this.uniqueOrganizationSlugs(
        manager,
        missing.map((o) => o.acronym ?? o.name),
      );
      const created: { id: string; key: string }[] = await manager.query(
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
        const others: { id: string; key: string }[] = await manager.query(
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

  /** Readable organization slugs, unique against the database and among themselves. */
  organizationSlugs(manager: EntityManager, names: readonly string[]): Promise<string[]> {
    return this.uniqueOrganizationSlugs(manager, names);
  }

  /** Readable slugs, made unique against the database and within the batch. */
  private async uniqueOrganizationSlugs(manager: EntityManager, names: readonly string[]): Promise<string[]> {
    const bases = names.map((n) => baseSlug(n, 'organization'));
    const taken = new Set<string>(
      (
        (await manager.query(`SELECT slug FROM organizations WHERE slug LIKE ANY($1)`, [
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
}

function tally(result: WriteResult, rows: { id: string; inserted: boolean }[]): void {
  for (const row of rows) {
    result.ids.push(row.id);
    if (row.inserted) result.created++;
    else result.updated++;
  }
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
