import 'reflect-metadata';
import type { Suggestion } from '@galaxy/contracts';
import { LABELLED_NEEDS, SEED_SIZE } from '@galaxy/seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv, type AppConfig } from '../config/env';
import { searchSyncFor, withDataSource } from '../database/bootstrap';
import { seedCatalog } from '../database/seed/seed';
import { CatalogWriter } from '../modules/catalog/catalog-writer';
import { freePort } from '../embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../embedded/meilisearch';
import { startEmbeddedPostgres } from '../embedded/postgres';
import { SearchIndexes, SearchQueries, createMeiliClient, meiliKeys } from '../modules/search';
import { CandidatesRepository } from '../modules/matchmaking/candidates.repository';
import { SuggestionsService, type NeedForMatching } from '../modules/matchmaking/suggestions.service';

/**
 * How good are the suggestions? On the seeded demo catalog, for each labelled need (needs written
 * in our own words, with the providers a broker would pick), the ranked provider organizations
 * are compared with the labels: precision@5 and recall@10, side by side with two baselines
 * computed in the same run — Meilisearch text relevance alone, and SDG overlap alone.
 */
type Ranker = (need: NeedForMatching) => Promise<string[]>;

const distinct = (names: string[]) => [...new Set(names)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'galaxy-eval-'));
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  const env = loadEnv({ ...process.env, DATABASE_URL: '', MEILI_URL: '' });
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: pgPort, database: 'galaxy_eval', ephemeral: true }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), port: meiliPort, masterKey: env.MEILI_MASTER_KEY }),
  ]);
  const config: AppConfig = { ...env, DATABASE_URL: pg.url, MEILI_URL: meili.url, LOG_LEVEL: 'warn' };
  try {
    await withDataSource(config, async (db) => {
      await db.runMigrations({ transaction: 'each' });
      const seeded = await seedCatalog(db, new CatalogWriter(db), SEED_SIZE);
      const sync = searchSyncFor(db, config);
      await sync.ensureIndexes();
      await sync.reindex();
      const [requester] = await db.query(
        `INSERT INTO organizations (slug, name, type, description, source)
         VALUES ('evaluation-requester', 'Evaluation requester', 'government', 'x', 'evaluation') RETURNING id`,
      );
      const keys = meiliKeys(config);
      const indexes = new SearchIndexes(
        createMeiliClient(config, keys.search),
        config,
        createMeiliClient(config, keys.admin),
      );
      const suggestions = new SuggestionsService(new CandidatesRepository(db), new SearchQueries(indexes));
      console.log(`Galaxy suggestion quality — ${new Date().toISOString()}`);
      console.log(
        `catalog: ${seeded.solutions} solutions, ${seeded.organizations} organizations (the demo seed); ${LABELLED_NEEDS.length} labelled needs\n`,
      );

      const ours: Ranker = async (need) =>
        distinct(
          (await suggestions.suggest(need, { includeStaffOffers: true })).map((s: Suggestion) => s.organization.name),
        );
      // Baseline 1: Meilisearch's text relevance alone, over organizations and solutions.
      const textOnly: Ranker = async (need) => {
        const { results } = await indexes.client.multiSearch({
          queries: [
            {
              indexUid: indexes.name('organizations'),
              q: need.title,
              limit: 20,
              showRankingScore: true,
              matchingStrategy: 'last',
            },
            {
              indexUid: indexes.name('solutions'),
              q: need.title,
              limit: 20,
              showRankingScore: true,
              matchingStrategy: 'last',
            },
          ],
        });
        const hits = [
          ...(results[0].hits as { name: string; _rankingScore: number }[]).map((h) => ({
            name: h.name,
            score: h._rankingScore,
          })),
          ...(results[1].hits as { organizations: { name: string }[]; _rankingScore: number }[]).flatMap((h) =>
            h.organizations.slice(0, 1).map((o) => ({ name: o.name, score: h._rankingScore })),
          ),
        ];
        return distinct(hits.sort((a, b) => b.score - a.score).map((h) => h.name));
      };
      // Baseline 2: the organizations sharing the most SDG goals and targets with the need.
      const sdgOnly: Ranker = async (need) =>
        (
          (await db.query(
            `SELECT name FROM organizations WHERE expertise_sdgs && $1::smallint[] AND id <> $3
             ORDER BY cardinality(ARRAY(SELECT unnest(expertise_targets) INTERSECT SELECT unnest($2::text[]))) DESC,
               cardinality(ARRAY(SELECT unnest(expertise_sdgs) INTERSECT SELECT unnest($1::smallint[]))) DESC, name
             LIMIT 20`,
            [need.sdgs, need.sdgTargets, requester.id],
          )) as { name: string }[]
        ).map((r) => r.name);

      const rankers: [string, Ranker][] = [
        ['Galaxy suggestions (scoring.ts)', ours],
        ['baseline: text relevance only', textOnly],
        ['baseline: SDG overlap only', sdgOnly],
      ];
      const misses: string[] = [];
      console.log(`  ${'ranker'.padEnd(34)} precision@5   recall@10   needs with a hit in the top 5`);
      for (const [label, rank] of rankers) {
        let precision = 0;
        let recall = 0;
        let anyHit = 0;
        const t0 = Date.now();
        for (const labelled of LABELLED_NEEDS) {
          const need: NeedForMatching = { ...labelled.need, organizationId: requester.id };
          const ranked = await rank(need);
          const expected = new Set(labelled.expected);
          const top5 = ranked.slice(0, 5).filter((n) => expected.has(n)).length;
          const top10 = ranked.slice(0, 10).filter((n) => expected.has(n)).length;
          precision += top5 / 5;
          recall += top10 / expected.size;
          if (top5) anyHit++;
          if (rank === ours && !top10)
            misses.push(
              `    ${labelled.key}: expected ${labelled.expected.join(' / ')}; got ${ranked.slice(0, 3).join(' / ')}`,
            );
        }
        const n = LABELLED_NEEDS.length;
        console.log(
          `  ${label.padEnd(34)} ${(precision / n).toFixed(3).padStart(11)}   ${(recall / n).toFixed(3).padStart(9)}   ${anyHit}/${n}   (${((Date.now() - t0) / n).toFixed(0)} ms per need)`,
        );
      }
      console.log(`\n  needs with no expected provider in Galaxy's top 10 (${misses.length}):`);
      for (const line of misses) console.log(line);
      console.log(
        '\n  Note: precision@5 is bounded by the labels: most needs have 1–3 expected providers, so a perfect ranker scores at most their count / 5.',
      );
    });
  } finally {
    await meili.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
