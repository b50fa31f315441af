import type { FacetOption } from './FacetGroup';

/**
 * Region options nested as in M49 (Africa › Sub-Saharan Africa › Eastern Africa), each after its
 * parent and indented; `parents` maps a region to the one containing it.
 */
export function nestRegions(options: readonly FacetOption[], parents: ReadonlyMap<string, string>): FacetOption[] {
  const present = new Set(options.map((o) => o.value));
  // A region whose parent is not listed starts a branch of its own.
  const parentOf = (code: string) => {
    const parent = parents.get(code);
    return parent && present.has(parent) ? parent : undefined;
  };
  const depthOf = (code: string): number => {
    const parent = parentOf(code);
    return parent ? 1 + depthOf(parent) : 0;
  };
  const nested: FacetOption[] = [];
  const walk = (parent: string | undefined) => {
    const children = options.filter((o) => parentOf(o.value) === parent).sort((a, b) => a.label.localeCompare(b.label));
    for (const option of children) {
      nested.push({ ...option, depth: depthOf(option.value) });
      walk(option.value);
    }
  };
  walk(undefined);
  return nested;
}
