import type { SimilarOrganization } from '@galaxy/contracts';
import type { DataSource } from 'typeorm';

/** Trigram similarity at which two names read as "closely the same" (0–1). */
const CLOSE = 0.5;

/**
 * A name with case, accents and punctuation set aside: "Coopération-Sud  (CS)" → "cooperation sud cs".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Registered organizations whose name is the same as this one once case, accents and punctuation are
 * set aside, or close to it (trigram similarity), the same ones first. The trigram index on the name
 * finds the candidates; the comparison itself happens here, where accents are known.
 */
export async function findSimilarNames(db: DataSource, name: string, limit = 5): Promise<SimilarOrganization[]> {
  const key = nameKey(name);
  if (!key) return [];
  const rows: {
    id: string;
    slug: string;
    name: string;
    acronym: string | null;
    country: string | null;
    score: number;
  }[] = await db.query(
    `SELECT id, slug, name, acronym, trim(country) AS country,
            greatest(similarity(name, $1), similarity(name, $2)) AS score
     FROM organizations WHERE name % $1 OR name % $2
     ORDER BY score DESC, name LIMIT 30`,
    [name, key],
  );
  return rows
    .map((r) => ({ ...r, sameName: nameKey(r.name) === key }))
    .filter((r) => r.sameName || r.score >= CLOSE)
    .sort((a, b) => Number(b.sameName) - Number(a.sameName) || b.score - a.score)
    .slice(0, limit)
    .map(({ id, slug, name: found, acronym, country, sameName }) => ({
      id,
      slug,
      name: found,
      acronym,
      country,
      sameName,
    }));
}
