import type { SimilarOrganization } from '@galaxy/contracts';
import type { OrganizationsRepository } from './organizations.repository';

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
export async function findSimilarNames(
  organizations: Pick<OrganizationsRepository, 'namesLike'>,
  name: string,
  limit = 5,
): Promise<SimilarOrganization[]> {
  const key = nameKey(name);
  if (!key) return [];
  const rows = await organizations.namesLike(name, key, 30);
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
