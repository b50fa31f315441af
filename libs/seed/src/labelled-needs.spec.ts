import { NeedInputSchema } from '@galaxy/contracts';
import { generateCatalog } from './generator';
import { REAL_INITIATIVES } from './real-initiatives';
import { SEED_SIZE } from './index';
import { LABELLED_NEEDS } from './labelled-needs';

const ORGANIZATION_ID = '00000000-0000-4000-8000-000000000000';

/** Every organization name of the seeded catalog, with the home countries the seed gives it. */
function seededOrganizations(): Map<string, Set<string>> {
  const homes = new Map<string, Set<string>>();
  const add = (name: string, country: string | undefined) => {
    const set = homes.get(name) ?? new Set<string>();
    if (country) set.add(country.toUpperCase());
    homes.set(name, set);
  };
  for (const solution of REAL_INITIATIVES) for (const org of solution.organizations ?? []) add(org.name, org.country);
  for (const org of generateCatalog(SEED_SIZE).organizations) add(org.name, org.country);
  return homes;
}

describe('LABELLED_NEEDS (evaluation set for provider suggestions)', () => {
  const homes = seededOrganizations();

  it('has at least 32 needs', () => {
    expect(LABELLED_NEEDS.length).toBeGreaterThanOrEqual(32);
  });

  it('uses unique kebab-case keys', () => {
    const keys = LABELLED_NEEDS.map((n) => n.key);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(LABELLED_NEEDS.map((n) => [n.key, n] as const))('%s is a valid need', (key, { need }) => {
    const result = NeedInputSchema.safeParse({ ...need, organizationId: ORGANIZATION_ID });
    if (!result.success) throw new Error(`${key} is invalid:\n${JSON.stringify(result.error.issues, null, 2)}`);
  });

  it.each(LABELLED_NEEDS.map((n) => [n.key, n] as const))(
    '%s expects 1 to 4 distinct organizations of the seeded catalog, with a reason',
    (key, { expected, why }) => {
      expect(expected.length).toBeGreaterThanOrEqual(1);
      expect(expected.length).toBeLessThanOrEqual(4);
      expect(new Set(expected).size).toBe(expected.length);
      expect({ key, unknown: expected.filter((name) => !homes.has(name)) }).toEqual({ key, unknown: [] });
      expect(why.trim().length).toBeGreaterThan(0);
      expect(why).not.toMatch(/\n/);
    },
  );

  it.each(LABELLED_NEEDS.map((n) => [n.key, n] as const))(
    '%s does not expect only providers based in the requesting country',
    (key, { need, expected }) => {
      const requesting = need.countries[0].toUpperCase();
      const foreign = expected.filter((name) => !homes.get(name)?.has(requesting));
      expect({ key, foreign: foreign.length > 0 }).toEqual({ key, foreign: true });
    },
  );
});
