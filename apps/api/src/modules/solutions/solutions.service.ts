import { Injectable } from '@nestjs/common';
import type { ExportQuery, Funder, FunderInput, SolutionDetail } from '@galaxy/contracts';
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import { AppError } from '../../common/app-error';
import { deriveGeography, SearchDocuments, type SolutionDocument } from '../search';
import { detailFields } from './solution-columns';
import { toSolutionSummary } from './solution.mapper';
import { SolutionsRepository } from './solutions.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXPORT_BATCH = 500;

@Injectable()
export class SolutionsService {
  constructor(
    private readonly solutions: SolutionsRepository,
    private readonly documents: SearchDocuments,
  ) {}

  private async replication(id: string): Promise<Pick<SolutionDetail, 'replications' | 'replicatedFrom'>> {
    const { replications, origin } = await this.solutions.replication(id);
    return { replications, replicatedFrom: origin };
  }

  /** Funders as published: a funder linked to a known organization shows that organization. */
  private async funders(funders: readonly FunderInput[]): Promise<Funder[]> {
    const slugs = [...new Set(funders.flatMap((f) => (f.organization ? [f.organization] : [])))];
    const known = await this.solutions.fundingOrganizations(slugs);
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
      // Every field of the solution as written (solution-columns.ts), then what the page adds.
      ...detailFields(solution),
      id: solution.id,
      slug: solution.slug,
      countries: countries.map((c) => ({ country: c.country.trim(), role: c.role })),
      regions: geo.regions,
      ldc: geo.ldc,
      lldc: geo.lldc,
      sids: geo.sids,
      organizations: (solution.organizations ?? [])
        .sort((a, b) => a.position - b.position)
        .flatMap(({ organization: o, role }) =>
          o
            ? [
                {
                  id: o.id,
                  slug: o.slug,
                  name: o.name,
                  acronym: o.acronym,
                  type: o.type,
                  country: o.country?.trim() ?? null,
                  role,
                },
              ]
            : [],
        ),
      funders: await this.funders(solution.funders),
      // Contact emails are never published raw; a relay form comes with accounts.
      contacts: solution.contacts.map(({ name, role, organization }) => ({ name, role, organization })),
      curationStatus: solution.curationStatus,
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
    const { solutions, documents } = this;
    async function* batches() {
      let afterId: string | null = null;
      for (;;) {
        const ids = await solutions.publishedIdsPage(query, afterId, EXPORT_BATCH);
        if (!ids.length) return;
        const docs = await documents.solutions(ids);
        yield docs.sort((a, b) => (a.id < b.id ? -1 : 1));
        afterId = ids[ids.length - 1];
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
      columns: Object.keys(CSV_COLUMNS),
      cast: { boolean: (v) => (v ? 'true' : 'false') },
      // A cell starting with = + - @ tab or CR is a formula to a spreadsheet: prefix it with an
      // apostrophe (OWASP's rule for CSV injection), so an opened export runs nothing.
      escape_formulas: true,
    });
    void (async () => {
      try {
        for await (const docs of all()) {
          for (const d of docs) {
            const ok = csv.write(
              Object.fromEntries(Object.entries(CSV_COLUMNS).map(([name, cell]) => [name, cell(d)])),
            );
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

const list = (values: readonly (string | number)[]) => values.join(';');

/** The CSV export, column by column: each column's name and its cell, listed once. */
const CSV_COLUMNS: Record<string, (d: SolutionDocument) => string | number | boolean | null> = {
  id: (d) => d.id,
  slug: (d) => d.slug,
  title: (d) => d.title,
  summary: (d) => d.summary,
  language: (d) => d.language,
  sdgs: (d) => list(d.sdgs),
  sdgTargets: (d) => list(d.sdgTargets),
  countries: (d) => list(d.countryRoles.map((c) => `${c.country}:${c.role}`)),
  regions: (d) => list(d.regions),
  ldc: (d) => d.ldc,
  lldc: (d) => d.lldc,
  sids: (d) => d.sids,
  modality: (d) => d.modality,
  themes: (d) => list(d.themes),
  projectStatus: (d) => d.projectStatus,
  startYear: (d) => d.startYear,
  endYear: (d) => d.endYear,
  organizations: (d) => list(d.organizations.map((o) => o.name)),
  // name:type[:amount currency][:year], one funder per ';'.
  funders: (d) =>
    list(
      d.funders.map((f) =>
        [f.name, f.type, f.amount !== null ? `${f.amount} ${f.currency}` : '', f.year ?? ''].join(':'),
      ),
    ),
  publishedAt: (d) => new Date(d.publishedAt * 1000).toISOString(),
};
