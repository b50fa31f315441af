import { Injectable } from '@nestjs/common';
import type { OrganizationInputParsed, SolutionInputParsed } from '@galaxy/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SolutionsRepository, type SolutionLinks } from './solutions.repository';
import { enqueueOwnDocuments, enqueueSearchSync } from '../search';
import { baseSlug, slugSuffix } from '../../common/slugs';
import { OrganizationsRepository, type NamedOrganization } from '../organizations';

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
  private readonly organizations: OrganizationsRepository;

  /** Scripts (seed, CLI, benchmarks) pass only the data source; Nest passes the repositories it provides. */
  constructor(
    private readonly db: DataSource,
    solutions?: SolutionsRepository,
    organizations?: OrganizationsRepository,
  ) {
    this.solutions = solutions ?? new SolutionsRepository(db);
    this.organizations = organizations ?? new OrganizationsRepository(db);
  }

  async writeOrganizations(inputs: readonly OrganizationInputParsed[]): Promise<WriteResult> {
    const result: WriteResult = { created: 0, updated: 0, ids: [] };
    for (let i = 0; i < inputs.length; i += BATCH) {
      await this.db.transaction(async (manager) => {
        const batch = inputs.slice(i, i + BATCH);
        const rows = await this.organizations.upsertImported(manager, batch);
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
        const organizationIds = await this.organizations.resolveNamed(manager, namedIn(batch));
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
    const organizationIds = await this.organizations.resolveNamed(manager, namedIn([input]));
    // The partner's own name means the partner, even if an older organization has the same name.
    const owner = await this.organizations.nameIn(manager, solution.ownerOrganizationId);
    if (owner) organizationIds.set(owner.toLowerCase(), solution.ownerOrganizationId);
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
}

/** The organizations these solutions name, once each (by name, case ignored), with the source of the solution naming them. */
function namedIn(batch: readonly SolutionInputParsed[]): NamedOrganization[] {
  const wanted = new Map<string, NamedOrganization>();
  for (const s of batch)
    for (const o of s.organizations)
      wanted.set(o.name.toLowerCase(), {
        name: o.name,
        acronym: o.acronym,
        type: o.type,
        country: o.country,
        source: s.source,
      });
  return [...wanted.values()];
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
