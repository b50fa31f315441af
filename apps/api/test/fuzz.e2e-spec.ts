import type { AddressInfo } from 'node:net';
import { freePort } from '../src/embedded/embedded-services';
import { formatReport, runFuzz, type FuzzReport } from '../src/fuzz/fuzzer';
import { bootTestApp, resetCatalog } from './setup/test-app';

// The same fuzzer as `npm run fuzz`, at a size that keeps CI quick; a fixed seed unless one is given,
// so a failure here replays with `npm run fuzz -- --seed <seed> --requests <n>`.
const SEED = Number(process.env.GALAXY_FUZZ_SEED ?? 20261203);
const REQUESTS = Number(process.env.GALAXY_FUZZ_REQUESTS ?? 1200);
const DEGRADED_REQUESTS = Math.ceil(REQUESTS / 4);

/** Boots the app on an emptied database, listens on loopback and fuzzes it. */
async function fuzz(overrides: Parameters<typeof bootTestApp>[0], seed: number, requests: number, down = false) {
  const t = await bootTestApp(overrides);
  try {
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, sessions, rate_limits, needs, offers, matches CASCADE`);
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const report = await runFuzz({
      app: t.app,
      port,
      seed,
      requests,
      dependencyDown: down,
      log: process.env.GALAXY_FUZZ_LOG ? (line) => console.log(line) : undefined,
    });
    if (report.failures.length || process.env.GALAXY_FUZZ_LOG) console.log(formatReport(report));
    return report;
  } finally {
    await t.close();
  }
}

const failuresOf = (report: FuzzReport) =>
  report.failures.map((f) => `#${f.index} ${f.operation} as ${f.role} (${f.mutation}): ${f.problem}`);

describe('fuzzing every OpenAPI operation as every role (real PostgreSQL and Meilisearch)', () => {
  let report: FuzzReport;
  let degraded: FuzzReport;

  beforeAll(async () => {
    report = await fuzz({ SEARCH_INDEX_PREFIX: 'fuzz_' }, SEED, REQUESTS);
    // Again with Meilisearch unreachable: search answers from PostgreSQL, with the same input.
    degraded = await fuzz(
      { SEARCH_INDEX_PREFIX: 'fuzz_down_', MEILI_URL: `http://127.0.0.1:${await freePort()}` },
      SEED + 1,
      DEGRADED_REQUESTS,
      true,
    );
  }, 300_000);

  it('reaches every operation of the OpenAPI document', () => {
    expect(report.requests).toBeGreaterThanOrEqual(REQUESTS * 0.98);
    expect(report.operations.filter((op) => !report.perOperation.get(op))).toEqual([]);
    expect(report.operations.length).toBeGreaterThan(50);
  });

  it('answers no request with a 5xx, a cut-off body or a non-problem error, and no refused request writes', () => {
    expect(failuresOf(report)).toEqual([]);
  });

  it('holds the same promises while search is degraded (Meilisearch down)', () => {
    expect(degraded.requests).toBeGreaterThanOrEqual(DEGRADED_REQUESTS * 0.98);
    expect(failuresOf(degraded)).toEqual([]);
  });

  it('gets past validation often enough to test the handlers (some 2xx, not only 400s)', () => {
    const ok = [...report.statuses.entries()].filter(([s]) => s < 300).reduce((a, [, n]) => a + n, 0);
    expect(ok).toBeGreaterThan(REQUESTS * 0.05);
    // The fingerprint that guards refused requests does see the writes of accepted ones.
    expect(report.writes).toBeGreaterThan(10);
  });
});
