import { OrganizationInputSchema, SolutionInputSchema } from '@galaxy/contracts';
import { generateCatalog, REAL_INITIATIVES, SEED_SIZE } from '@galaxy/seed';
import type { DataSource } from 'typeorm';
// Type only: seed.js is a bundle of its own, and a copy of the writer inside it would carry its own
// copies of the entity classes, which the caller's DataSource does not know ("No metadata for
// SolutionEntity"). The caller hands in its writer.
import type { CatalogWriter } from '../../modules/catalog/catalog-writer';
import { seedListings } from './matchmaking-seed';

/**
 * The demo catalog: hand-written entries about real initiatives, then generated ones. The bundles
 * build this file as `seed.js` of its own and load it only to seed (see `loadSeed` in bootstrap.ts).
 */

export interface SeedReport {
  organizations: number;
  solutions: number;
  seconds: number;
}

/** Seeds the demo catalog when the database has no solution yet. Returns undefined when it did nothing. */
export async function seedIfEmpty(db: DataSource, writer: CatalogWriter): Promise<SeedReport | undefined> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM solutions`);
  if (count > 0) return undefined;
  return seedCatalog(db, writer, SEED_SIZE);
}

export async function seedCatalog(
  db: DataSource,
  writer: CatalogWriter,
  size: { solutions: number; organizations: number; seed?: number },
): Promise<SeedReport> {
  const started = Date.now();
  const generated = generateCatalog(size);
  // Every record goes through the same contract as an import: the seed cannot hold what the API would refuse.
  const organizations = generated.organizations.map((o) => OrganizationInputSchema.parse(o));
  const solutions = [...REAL_INITIATIVES, ...generated.solutions].map((s) => SolutionInputSchema.parse(s));
  await writer.writeOrganizations(organizations);
  const written = await writer.writeSolutions(solutions, { publish: true });
  // About one generated solution in 25 was last verified 19 to 30 months ago, so curators see the
  // verification flag and its reminders at work.
  await db.query(
    `UPDATE solutions SET last_verified_at = now() - make_interval(months => 19 + abs(hashtext(external_id)) % 12)
     WHERE external_id LIKE 'demo-sol-%' AND abs(hashtext(external_id)) % 25 = 0`,
  );
  await seedListings(db);
  // Fresh tables have no statistics: until autovacuum gets to them the planner guesses, and guessed
  // badly for degraded search (a 0.6 ms query took 16 ms). Bulk loads analyze what they wrote.
  await db.query(`ANALYZE`);
  const [{ orgs }] = await db.query(`SELECT count(*)::int AS orgs FROM organizations`);
  return { organizations: orgs, solutions: written.ids.length, seconds: (Date.now() - started) / 1000 };
}
