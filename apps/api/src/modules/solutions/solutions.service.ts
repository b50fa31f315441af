import { Injectable } from '@nestjs/common';
import type { ExportQuery, Funder, FunderInput, SolutionDetail } from '@galaxy/contracts';
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { deriveGeography, SearchDocuments } from '../catalog/search-documents';
import { solutionSqlWhere } from './solution-filters';
import { toSolutionSummary } from './solution.mapper';
import { SolutionsRepository } from './solutions.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXPORT_BATCH = 500;

@Injectable()
export class SolutionsService {
  constructor(
    private readonly solutions: SolutionsRepository,
    private readonly documents: SearchDocuments,
    private readonly db: DataSource,
  ) {}

  private async replication(id: string): Promise<Pick<SolutionDetail, 'replications' | 'replicatedFrom'>> {
    const [row] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM matches WHERE solution_id = $1 AND stage = 'completed') AS replications,
         (SELECT json_build_object('slug', o.slug, 'title', o.title) FROM solutions s
            JOIN solutions o ON o.id = s.replicated_from AND o.curation_status = 'published' WHERE s.id = $1) AS origin`,
      [id],
    );
    return { replications: row.replications, replicatedFrom: row.origin ?? null };
  }

  /** Funders as published: a funder linked to a known organization shows that organization. */
  private async funders(funders: readonly FunderInput[]): Promise<Funder[]> {
    const slugs = [...new Set(funders.flatMap((f) => (f.organization ? [f.organization] : [])))];
    const known: { slug: string; name: string }[] = slugs.length
      ? await this.db.query(`SELECT slug, name FROM organizations WHERE slug = ANY($1::text[])`, [slugs])
      : [];
    return funders.map((f) => ({
      name: f.name,
      organization: known.find((o) => o.slug === f.organization) ?? null,
      type: f.type,
      amount: f.amount ?? null,
      currency: f.currency ?? null,
      year: f.year ?? null,
    }));
  }

  /** A published solution with its organizations and related solutions. */
  async findPublished(idOrSlug: string): Promise<SolutionDetail> {
    const solution = await this.solutions.findPublished(UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug });
    if (!solution) throw AppError.notFound('Solution');
    const countries = (solution.countries ?? []).sort((a, b) => a.position - b.position);
    const geo = deriveGeography(countries.map((c) => c.country.trim()));
    const relatedIds = await this.solutions.relatedIds(
      solution.id,
      solution.sdgs,
      countries.map((c) => c.country),
      4,
    );
    const related = await this.documents.solutions(relatedIds);
    return {
      id: solution.id,
      slug: solution.slug,
      externalId: solution.externalId,
      language: solution.language,
      title: solution.title,
      subtitle: solution.subtitle,
      summary: solution.summary,
      challenge: solution.challenge,
      towardsSolution: solution.towardsSolution,
      resultsImpact: solution.resultsImpact,
      sustainability: solution.sustainability,
      replicability: solution.replicability,
      lessonsLearned: solution.lessonsLearned,
      buildingBlocks: solution.buildingBlocks,
      sdgs: solution.sdgs,
      sdgTargets: solution.sdgTargets,
      countries: countries.map((c) => ({ country: c.country.trim(), role: c.role })),
      regions: geo.regions,
      ldc: geo.ldc,
      lldc: geo.lldc,
      sids: geo.sids,
      modality: solution.modality,
      themes: solution.themes,
      organizations: (solution.organizations ?? [])
        .sort((a, b) => a.position - b.position)
        .filter((link) => link.organization)
        .map(({ organization: o, role }) => ({
          id: o!.id,
          slug: o!.slug,
          name: o!.name,
          acronym: o!.acronym,
          type: o!.type,
          country: o!.country?.trim() ?? null,
          role,
        })),
      projectStatus: solution.projectStatus,
      startYear: solution.startYear,
      endYear: solution.endYear,
      budgetRange: solution.budgetRange,
      funders: await this.funders(solution.funders),
      beneficiaries: solution.beneficiaries,
      // Contact emails are never published raw; a relay form comes with accounts.
      contacts: solution.contacts.map(({ name, role, organization }) => ({ name, role, organization })),
      links: solution.links,
      curationStatus: solution.curationStatus,
      source: solution.source,
      createdAt: solution.createdAt.toISOString(),
      updatedAt: solution.updatedAt.toISOString(),
      publishedAt: solution.publishedAt?.toISOString() ?? null,
      lastVerifiedAt: solution.lastVerifiedAt?.toISOString() ?? null,
      ...(await this.replication(solution.id)),
      related: relatedIds
        .map((id) => related.find((d) => d.id === id))
        .filter((d) => d !== undefined)
        .map(toSolutionSummary),
    };
  }

  /**
   * Published solutions matching the filters, as CSV or a JSON array, streamed in batches. The first
   * batch is read before the answer starts, so a failing query is still a problem+json answer rather
   * than a 200 whose body stops after '['.
   */
  async export(query: ExportQuery): Promise<Readable> {
    const db = this.db;
    const documents = this.documents;
    async function* batches() {
      let afterId: string | null = null;
      for (;;) {
        const params: unknown[] = [];
        const where = solutionSqlWhere(query.q, query, params);
        params.push(afterId);
        const rows: { id: string }[] = await db.query(
          `SELECT s.id FROM solutions s WHERE ${where} AND ($${params.length}::uuid IS NULL OR s.id > $${params.length}::uuid)
           ORDER BY s.id LIMIT ${EXPORT_BATCH}`,
          params,
        );
        if (!rows.length) return;
        const docs = await documents.solutions(rows.map((r) => r.id));
        yield docs.sort((a, b) => (a.id < b.id ? -1 : 1));
        afterId = rows[rows.length - 1].id;
      }
    }
    const source = batches();
    const head = await source.next();
    async function* all() {
      if (head.done) return;
      yield head.value;
      yield* source;
    }
    if (query.format === 'json') {
      return Readable.from(
        (async function* () {
          let first = true;
          yield '[';
          for await (const docs of all()) {
            for (const doc of docs) {
              const { hash: _hash, countryNames: _names, titleSort: _sort, ...open } = doc;
              yield (
                (first ? '\n' : ',\n') +
                JSON.stringify({ ...open, publishedAt: new Date(doc.publishedAt * 1000).toISOString() })
              );
              first = false;
            }
          }
          yield '\n]\n';
        })(),
      );
    }
    const csv = stringify({
      header: true,
      columns: [
        'id',
        'slug',
        'title',
        'summary',
        'language',
        'sdgs',
        'sdgTargets',
        'countries',
        'regions',
        'ldc',
        'lldc',
        'sids',
        'modality',
        'themes',
        'projectStatus',
        'startYear',
        'endYear',
        'organizations',
        'funders',
        'publishedAt',
      ],
      cast: { boolean: (v) => (v ? 'true' : 'false') },
      // A cell starting with = + - @ tab or CR is a formula to a spreadsheet: prefix it with an
      // apostrophe (OWASP's rule for CSV injection), so an opened export runs nothing.
      escape_formulas: true,
    });
    void (async () => {
      try {
        for await (const docs of all()) {
          for (const d of docs) {
            const ok = csv.write({
              ...d,
              sdgs: d.sdgs.join(';'),
              sdgTargets: d.sdgTargets.join(';'),
              countries: d.countryRoles.map((c) => `${c.country}:${c.role}`).join(';'),
              regions: d.regions.join(';'),
              themes: d.themes.join(';'),
              organizations: d.organizations.map((o) => o.name).join(';'),
              // name:type[:amount currency][:year], one funder per ';'.
              funders: d.funders
                .map((f) =>
                  [f.name, f.type, f.amount !== null ? `${f.amount} ${f.currency}` : '', f.year ?? ''].join(':'),
                )
                .join(';'),
              publishedAt: new Date(d.publishedAt * 1000).toISOString(),
            });
            if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
          }
        }
        csv.end();
      } catch (error) {
        csv.destroy(error as Error);
      }
    })();
    return csv;
  }
}
