/** Ranking metrics of `npm run eval:search`, over slugs (or any keys) ranked best first. */

/** nDCG@k with gains 2^grade − 1; the ideal ranking puts every relevant solution first, best grade first. */
export function ndcgAt(k: number, ranked: string[], relevant: ReadonlyMap<string, number>): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...relevant.values()].sort((a, b) => b - a));
  return ideal ? dcg(ranked.map((slug) => relevant.get(slug) ?? 0)) / ideal : NaN;
}

/** Relevant solutions in the top k over min(k, number relevant): 1 when the top k is as full of relevant ones as it can be. */
export function recallAt(
  k: number,
  ranked: string[],
  relevant: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): number {
  if (!relevant.size) return NaN;
  return ranked.slice(0, k).filter((slug) => relevant.has(slug)).length / Math.min(k, relevant.size);
}
