/** Builds a Meilisearch filter: OR within a facet, AND across facets. Values are quoted safely. */
export function meiliFilter(groups: Record<string, readonly (string | number | boolean)[] | undefined>): string[] {
  return Object.entries(groups)
    .filter(([, values]) => values && values.length)
    .map(([attribute, values]) => `${attribute} IN [${(values ?? []).map(quote).join(', ')}]`);
}

/**
 * One clause that holds when any of the groups does ("visible to everyone OR owned by one of my
 * organizations"); empty groups are left out. Always parenthesized, so it ANDs safely with others.
 */
export function meiliAnyOf(groups: Record<string, readonly (string | number | boolean)[] | undefined>): string[] {
  const parts = meiliFilter(groups);
  return parts.length ? [`(${parts.join(' OR ')})`] : [];
}

/** A numeric comparison (`createdAt <= 1700000000`); nothing when the value is undefined. */
export function meiliCompare(attribute: string, op: '<' | '<=' | '>' | '>=', value: number | undefined): string[] {
  return value === undefined ? [] : [`${attribute} ${op} ${Number(value)}`];
}

function quote(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
