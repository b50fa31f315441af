import { SolutionInputSchema } from '@galaxy/contracts';
import { REAL_INITIATIVES } from './real-initiatives';

const SOURCE =
  "Demo data written from the UN Secretary-General's report SSC/22/2 (2025) on UN support to South-South and triangular cooperation";

describe('REAL_INITIATIVES (hand-written entries from report SSC/22/2)', () => {
  it('has at least 30 records', () => {
    expect(REAL_INITIATIVES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(REAL_INITIATIVES.map((s) => [s.externalId ?? '(no externalId)', s] as const))(
    '%s is a valid SolutionInput',
    (externalId, solution) => {
      const result = SolutionInputSchema.safeParse(solution);
      if (!result.success) {
        throw new Error(`${externalId} is invalid:\n${JSON.stringify(result.error.issues, null, 2)}`);
      }
    },
  );

  it('uses unique, well-formed externalIds', () => {
    const ids = REAL_INITIATIVES.map((s) => s.externalId);
    for (const id of ids) {
      expect(id).toMatch(/^ssc-22-2-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('has at least 5 records in a language other than English', () => {
    expect(REAL_INITIATIVES.filter((s) => s.language !== 'en').length).toBeGreaterThanOrEqual(5);
  });

  it('cites the report as source and invents no contacts or links', () => {
    for (const s of REAL_INITIATIVES) {
      expect({ id: s.externalId, source: s.source }).toEqual({ id: s.externalId, source: SOURCE });
      expect({ id: s.externalId, contacts: s.contacts, links: s.links }).toEqual({
        id: s.externalId,
        contacts: [],
        links: [],
      });
    }
  });

  it('spells each organization the same way wherever it appears', () => {
    const byAcronym = new Map<string, Set<string>>();
    for (const org of REAL_INITIATIVES.flatMap((s) => s.organizations ?? [])) {
      if (!org.acronym) continue;
      const names = byAcronym.get(org.acronym) ?? new Set<string>();
      names.add(`${org.name}|${org.type}|${org.country ?? ''}`);
      byAcronym.set(org.acronym, names);
    }
    const inconsistent = [...byAcronym].filter(([, names]) => names.size > 1).map(([acronym]) => acronym);
    expect(inconsistent).toEqual([]);
  });
});
