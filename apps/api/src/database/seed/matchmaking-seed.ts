import { SUPPORT_MODALITIES } from '@galaxy/contracts';
import { SDG_GOAL_REFS } from '@galaxy/contracts/reference';
import { LABELLED_NEEDS } from '@galaxy/seed';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** A stable pseudo-random number in [0, n) for a key: the demo data is the same on every machine. */
const pick = (key: string, n: number) => createHash('sha1').update(key).digest().readUInt32BE(0) % n;

/**
 * Demo needs and offers: the needs of the evaluation set, each filed by a government organization of
 * its first country when the catalog has one; and an offer from one organization in eight, drawn
 * from its expertise. Every record says it is demo data. Written with their outbox rows.
 */
export async function seedListings(db: DataSource): Promise<{ needs: number; offers: number }> {
  let needs = 0;
  for (const labelled of LABELLED_NEEDS) {
    const [org] = await db.query(
      `SELECT id FROM organizations WHERE trim(country) = $1 ORDER BY (type = 'government') DESC, name LIMIT 1`,
      [labelled.need.countries[0]],
    );
    if (!org) continue;
    const n = labelled.need;
    const [row] = await db.query(
      `INSERT INTO needs (organization_id, title, problem_statement, current_situation, desired_outcome, sdgs, sdg_targets,
         countries, modalities, languages, visibility, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'public', now() - make_interval(days => $11), now())
       RETURNING id`,
      [
        org.id,
        n.title,
        `${n.problemStatement} (Demo data.)`,
        n.currentSituation ?? null,
        n.desiredOutcome,
        n.sdgs,
        n.sdgTargets,
        n.countries,
        n.modalities,
        n.languages,
        pick(labelled.key, 60),
      ],
    );
    await db.query(`INSERT INTO search_outbox (entity, entity_id) VALUES ('need', $1)`, [row.id]);
    needs++;
  }
  const providers: {
    id: string;
    name: string;
    expertise_sdgs: number[];
    expertise_targets: string[];
    languages: string[];
  }[] = await db.query(
    `SELECT id, name, expertise_sdgs, expertise_targets, languages FROM organizations
       WHERE cardinality(expertise_sdgs) > 0 AND source <> 'evaluation' ORDER BY id`,
  );
  let offers = 0;
  for (const p of providers) {
    if (pick(p.id, 8) !== 0) continue;
    const modalities = [...new Set([SUPPORT_MODALITIES[pick(`${p.id}a`, 7)], SUPPORT_MODALITIES[pick(`${p.id}b`, 7)]])];
    const sdgs = p.expertise_sdgs.slice(0, 3);
    const goal = SDG_GOAL_REFS.find((g) => g.number === sdgs[0]);
    const [row] = await db.query(
      `INSERT INTO offers (organization_id, title, description, modalities, sdgs, sdg_targets, cost_model, languages,
         capacity_per_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        p.id,
        `${modalities.map((m) => m.replace(/_/g, ' ')).join(' and ')}: ${goal?.short.en ?? `SDG ${sdgs[0]}`}`.replace(
          /^./,
          (c) => c.toUpperCase(),
        ),
        `${p.name} shares its experience with partner countries through ${modalities.map((m) => m.replace(/_/g, ' ')).join(' and ')}. Demo data.`,
        modalities,
        sdgs,
        p.expertise_targets.filter((t) => sdgs.includes(Number(t.split('.')[0]))),
        ['free', 'cost_shared', 'fee'][pick(`${p.id}c`, 3)],
        p.languages.length ? p.languages : ['en'],
        1 + pick(`${p.id}d`, 20),
      ],
    );
    await db.query(`INSERT INTO search_outbox (entity, entity_id) VALUES ('offer', $1)`, [row.id]);
    offers++;
  }
  return { needs, offers };
}
