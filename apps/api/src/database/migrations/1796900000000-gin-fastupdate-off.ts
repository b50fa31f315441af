import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The GIN indexes that degraded search (PostgreSQL full-text fallback) reads. With `fastupdate` on
 * (PostgreSQL's default), new entries wait in a pending list that every query scans sequentially
 * until a vacuum or the list's size limit merges it; after a bulk write (a seed, an import) that is
 * most of the index. Off, each write updates the index in place (slightly dearer writes, which go
 * through the outbox anyway) and reads never scan a pending list. The pending lists already built
 * are merged here.
 */
const GIN_INDEXES = [
  'solutions_search_idx',
  'solutions_title_trgm_idx',
  'solutions_summary_trgm_idx',
  'solutions_sdgs_idx',
  'solutions_sdg_targets_idx',
  'solutions_themes_idx',
  'organizations_search_idx',
  'organizations_name_trgm_idx',
  'organizations_expertise_sdgs_idx',
];

export class GinFastupdateOff1796900000000 implements MigrationInterface {
  name = 'GinFastupdateOff1796900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of GIN_INDEXES) {
      await q.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      await q.query(`SELECT gin_clean_pending_list($1::regclass)`, [index]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of GIN_INDEXES) await q.query(`ALTER INDEX ${index} RESET (fastupdate)`);
  }
}
