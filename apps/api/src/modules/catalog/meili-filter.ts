/** Builds a Meilisearch filter: OR within a facet, AND across facets. Values are quoted safely. */
export function meiliFilter(groups: Record<string, readonly (string | number | boolean)[] | undefined>): string[] {
  return Object.entries(groups)
    .filter(([, values]) => values && values.length)
    .map(([attribute, values]) => `${attribute} IN [${(values ?? []).map(quote).join(', ')}]`);
}

function quote(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
