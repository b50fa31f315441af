import { Injectable } from '@nestjs/common';
import type { OrganizationInputParsed, SolutionInputParsed } from '@galaxy/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { enqueueSearchSync } from './outbox';
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
  constructor(private readonly db: DataSource) {}

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
        const rows: { id: string; inserted: boolean }[] = await manager.query(
          `INSERT INTO solutions (id, slug, external_id, language, title, subtitle, summary, challenge, towards_solution,
             results_impact, sustainability, replicability, lessons_learned, building_blocks, sdgs, sdg_targets, modality,
             themes, project_status, start_year, end_year, budget_range, beneficiaries, contacts, links, curation_status,
             source, funders, published_at, last_verified_at)
           SELECT r.id, r.slug, r.external_id, r.language, r.title, r.subtitle, r.summary, r.challenge, r.towards_solution,
             r.results_impact, r.sustainability, r.replicability, r.lessons_learned, r.building_blocks, r.sdgs,
             r.sdg_targets, r.modality, r.themes, r.project_status, r.start_year, r.end_year, r.budget_range,
             r.beneficiaries, r.contacts, r.links, r.curation_status, r.source, r.funders,
             CASE WHEN r.curation_status = 'published' THEN now() END, CASE WHEN r.curation_status = 'published' THEN now() END
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, external_id text, language text, title text,
             subtitle text, summary text, challenge text, towards_solution text, results_impact text, sustainability text,
             replicability text, lessons_learned text, building_blocks jsonb, sdgs smallint[], sdg_targets text[],
             modality text, themes text[], project_status text, start_year smallint, end_year smallint, budget_range text,
             beneficiaries text, contacts jsonb, links jsonb, curation_status text, source text, funders jsonb)
           ON CONFLICT (external_id) DO UPDATE SET language = excluded.language, title = excluded.title,
             subtitle = excluded.subtitle, summary = excluded.summary, challenge = excluded.challenge,
             towards_solution = excluded.towards_solution, results_impact = excluded.results_impact,
             sustainability = excluded.sustainability, replicability = excluded.replicability,
             lessons_learned = excluded.lessons_learned, building_blocks = excluded.building_blocks, sdgs = excluded.sdgs,
             sdg_targets = excluded.sdg_targets, modality = excluded.modality, themes = excluded.themes,
             project_status = excluded.project_status, start_year = excluded.start_year, end_year = excluded.end_year,
             budget_range = excluded.budget_range, beneficiaries = excluded.beneficiaries, contacts = excluded.contacts,
             links = excluded.links, source = excluded.source, funders = excluded.funders,
             version = solutions.version + 1, updated_at = now()
           RETURNING id, (xmax = 0) AS inserted`,
          [
            JSON.stringify(
              batch.map((s) => {
                const id = randomUUID();
                return {
                  ...solutionRow(s, id, options.publish ? 'published' : 'draft'),
                  slug: `${baseSlug(s.title, 'solution')}-${slugSuffix(s.externalId ?? id)}`,
                  external_id: s.externalId ?? null,
                };
              }),
            ),
          ],
        );
        const ids = rows.map((r) => r.id);
        const organizationsTouched = await this.writeRelations(manager, batch, ids, organizationIds);
        tally(result, rows);
        await enqueueSearchSync(manager, 'solution', ids);
        // Organization documents carry solution counts.
        await enqueueSearchSync(manager, 'organization', organizationsTouched);
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
    const previous: { organization_id: string }[] = await manager.query(
      `SELECT organization_id FROM solution_organizations WHERE solution_id = $1`,
      [id],
    );
    const row = {
      ...solutionRow(input, id, 'published'),
      slug: `${baseSlug(input.title, 'solution')}-${slugSuffix(id)}`,
    };
    await manager.query(
      `INSERT INTO solutions (id, slug, language, title, subtitle, summary, challenge, towards_solution, results_impact,
         sustainability, replicability, lessons_learned, building_blocks, sdgs, sdg_targets, modality, themes,
         project_status, start_year, end_year, budget_range, beneficiaries, contacts, links, curation_status, source,
         owner_organization_id, rubric, replicated_from, funders, published_at, last_verified_at)
       SELECT r.id, r.slug, r.language, r.title, r.subtitle, r.summary, r.challenge, r.towards_solution, r.results_impact,
         r.sustainability, r.replicability, r.lessons_learned, r.building_blocks, r.sdgs, r.sdg_targets, r.modality,
         r.themes, r.project_status, r.start_year, r.end_year, r.budget_range, r.beneficiaries, r.contacts, r.links,
         'published', r.source, $2, $3::jsonb, $4::uuid, r.funders, now(), now()
       FROM jsonb_to_record($1::jsonb) AS r(id uuid, slug text, language text, title text, subtitle text, summary text,
         challenge text, towards_solution text, results_impact text, sustainability text, replicability text,
         lessons_learned text, building_blocks jsonb, sdgs smallint[], sdg_targets text[], modality text, themes text[],
         project_status text, start_year smallint, end_year smallint, budget_range text, beneficiaries text,
         contacts jsonb, links jsonb, source text, funders jsonb)
       ON CONFLICT (id) DO UPDATE SET language = excluded.language, title = excluded.title,
         subtitle = excluded.subtitle, summary = excluded.summary, challenge = excluded.challenge,
         towards_solution = excluded.towards_solution, results_impact = excluded.results_impact,
         sustainability = excluded.sustainability, replicability = excluded.replicability,
         lessons_learned = excluded.lessons_learned, building_blocks = excluded.building_blocks, sdgs = excluded.sdgs,
         sdg_targets = excluded.sdg_targets, modality = excluded.modality, themes = excluded.themes,
         project_status = excluded.project_status, start_year = excluded.start_year, end_year = excluded.end_year,
         budget_range = excluded.budget_range, beneficiaries = excluded.beneficiaries, contacts = excluded.contacts,
         links = excluded.links, source = excluded.source, funders = excluded.funders, curation_status = 'published', rubric = excluded.rubric,
         published_at = coalesce(solutions.published_at, now()), last_verified_at = now(),
         confirmation_token_hash = NULL, confirmation_requested_at = NULL,
         version = solutions.version + 1, updated_at = now()`,
      [
        JSON.stringify(row),
        solution.ownerOrganizationId,
        solution.rubric ? JSON.stringify(solution.rubric) : null,
        solution.replicatedFrom ?? null,
      ],
    );
    // Only the partner's own organization gets the solution on its profile; the others it names are
    // shown on the solution by name (a partner cannot attach its work to UNDP's page).
    const touched = await this.writeRelations(manager, [input], [id], organizationIds, solution.ownerOrganizationId);
    await enqueueSearchSync(manager, 'solution', [id]);
    await enqueueSearchSync(manager, 'organization', [
      ...new Set([...touched, ...previous.map((p) => p.organization_id)]),
    ]);
  }

  /**
   * Replaces the countries and organizations of these solutions; returns the organizations now linked.
   * With `attachTo`, only that organization gets the solution on its profile (see publishRevision).
   */
  private async writeRelations(
    manager: EntityManager,
    batch: readonly SolutionInputParsed[],
    ids: readonly string[],
    organizationIds: Map<string, string>,
    attachTo?: string,
  ): Promise<string[]> {
    await manager.query(`DELETE FROM solution_countries WHERE solution_id = ANY($1::uuid[])`, [ids]);
    await manager.query(`DELETE FROM solution_organizations WHERE solution_id = ANY($1::uuid[])`, [ids]);
    const countries = batch.flatMap((s, j) =>
      dedupe(s.countries, (c) => `${c.country}/${c.role}`).map((c, position) => ({
        solution_id: ids[j],
        country: c.country,
        role: c.role,
        position,
      })),
    );
    await manager.query(
      `INSERT INTO solution_countries (solution_id, country, role, position)
           SELECT solution_id, country, role, position
           FROM jsonb_to_recordset($1::jsonb) AS r(solution_id uuid, country text, role text, position smallint)`,
      [JSON.stringify(countries)],
    );
    const links = batch.flatMap((s, j) =>
      dedupe(
        s.organizations.map((o) => ({
          organization_id: organizationIds.get(o.name.toLowerCase()) as string,
          role: o.role,
        })),
        (o) => `${o.organization_id}/${o.role}`,
      ).map((o, position) => ({
        solution_id: ids[j],
        ...o,
        position,
        attached: attachTo === undefined || o.organization_id === attachTo,
      })),
    );
    await manager.query(
      `INSERT INTO solution_organizations (solution_id, organization_id, role, position, attached)
           SELECT solution_id, organization_id, role, position, attached
           FROM jsonb_to_recordset($1::jsonb)
             AS r(solution_id uuid, organization_id uuid, role text, position smallint, attached boolean)`,
      [JSON.stringify(links)],
    );
    // A solution belongs to its first implementing organization unless it already has an owner.
    await manager.query(
      `UPDATE solutions s SET owner_organization_id = (
         SELECT so.organization_id FROM solution_organizations so
         WHERE so.solution_id = s.id AND so.role = 'implementing' ORDER BY so.position LIMIT 1)
       WHERE s.id = ANY($1::uuid[]) AND s.owner_organization_id IS NULL`,
      [ids],
    );
    return [...new Set(links.map((l) => l.organization_id))];
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

/** A solution's columns, as jsonb_to_record reads them. */
function solutionRow(s: SolutionInputParsed, id: string, status: 'published' | 'draft') {
  return {
    id,
    language: s.language,
    title: s.title,
    subtitle: s.subtitle ?? null,
    summary: s.summary,
    challenge: s.challenge,
    towards_solution: s.towardsSolution,
    results_impact: s.resultsImpact,
    sustainability: s.sustainability ?? null,
    replicability: s.replicability ?? null,
    lessons_learned: s.lessonsLearned ?? null,
    building_blocks: s.buildingBlocks,
    sdgs: [...new Set(s.sdgs)],
    sdg_targets: [...new Set(s.sdgTargets)],
    modality: s.modality,
    themes: [...new Set(s.themes)],
    project_status: s.projectStatus,
    start_year: s.startYear,
    end_year: s.endYear ?? null,
    budget_range: s.budgetRange ?? null,
    beneficiaries: s.beneficiaries ?? null,
    funders: s.funders,
    contacts: s.contacts,
    links: s.links,
    curation_status: status,
    source: s.source,
  };
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
