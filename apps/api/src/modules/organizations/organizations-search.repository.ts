import { queryReadOnly } from '../../database/read-replica';
import { Injectable } from '@nestjs/common';
import type { OrganizationSearchQuery } from '@galaxy/contracts';
import { AREA_REFS, regionsOf } from '@galaxy/contracts/reference';
import { DataSource } from 'typeorm';

/** Organization search in PostgreSQL, for when Meilisearch cannot answer (the degraded path). */
@Injectable()
export class OrganizationsSearchRepository {
  constructor(private readonly db: DataSource) {}

  /** The total, the page's ids (by name) and the counts by type of the matching organizations. */
  async degradedSearch(
    query: OrganizationSearchQuery,
  ): Promise<{ total: number; ids: string[]; typeCounts: { key: string; count: number }[] }> {
    const params: unknown[] = [];
    const param = (v: unknown) => (params.push(v), `$${params.length}`);
    const clauses = ['true'];
    if (query.q) {
      clauses.push(
        `(o.search_vector @@ websearch_to_tsquery('simple', ${param(query.q)}) OR o.name ILIKE ${param(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)})`,
      );
    }
    if (query.type?.length) clauses.push(`o.type = ANY(${param(query.type)}::text[])`);
    const countries = [
      ...(query.country ?? []),
      ...(query.region?.length
        ? AREA_REFS.filter((a) => regionsOf(a).some((r) => query.region!.includes(r))).map((a) => a.iso2)
        : []),
    ];
    if (query.country?.length || query.region?.length) {
      clauses.push(
        `(trim(o.country) = ANY(${param(countries)}::text[]) OR o.operating_countries && $${params.length}::text[])`,
      );
    }
    if (query.sdg?.length) clauses.push(`o.expertise_sdgs && ${param(query.sdg)}::smallint[]`);
    const where = clauses.join(' AND ');
    const [{ total }]: { total: number }[] = await queryReadOnly(
      this.db,
      `SELECT count(*)::int AS total FROM organizations o WHERE ${where}`,
      params,
    );
    const rows: { id: string }[] = await queryReadOnly(
      this.db,
      `SELECT o.id FROM organizations o WHERE ${where} ORDER BY lower(o.name), o.id
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const typeCounts: { key: string; count: number }[] = await queryReadOnly(
      this.db,
      `SELECT o.type AS key, count(*)::int AS count FROM organizations o WHERE ${where} GROUP BY 1`,
      params,
    );
    return { total, ids: rows.map((r) => r.id), typeCounts };
  }
}
