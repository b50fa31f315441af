import { SolutionDraftFieldsSchema } from './curation';
import { FunderInputSchema } from './solution-input';

describe('FunderInputSchema', () => {
  it('accepts a funder with only a name and a type, and one with amount, currency and year', () => {
    expect(FunderInputSchema.safeParse({ name: 'Fondation Rurale', type: 'foundation' }).success).toBe(true);
    const full = FunderInputSchema.parse({
      name: 'Japan International Cooperation Agency',
      organization: 'jica',
      type: 'cooperation_agency',
      amount: 250000,
      currency: 'usd',
      year: 2021,
    });
    expect(full.currency).toBe('USD');
  });

  it('refuses a negative amount, an unknown currency, an amount without currency and an unknown type', () => {
    const cases: [object, (string | number)[]][] = [
      [{ name: 'A', type: 'foundation', amount: -1, currency: 'USD' }, ['amount']],
      [{ name: 'A', type: 'foundation', amount: 10, currency: 'DOLLARS' }, ['currency']],
      [{ name: 'A', type: 'foundation', amount: 10, currency: 'XYZ' }, ['currency']],
      [{ name: 'A', type: 'foundation', amount: 10 }, ['currency']],
      [{ name: 'A', type: 'bank' }, ['type']],
      [{ name: 'A', type: 'foundation', year: 1800 }, ['year']],
    ];
    for (const [body, path] of cases) {
      const result = FunderInputSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual(path);
    }
  });

  it('points a draft error at the funder and its field', () => {
    const result = SolutionDraftFieldsSchema.safeParse({
      funders: [
        { name: 'Ok', type: 'ngo' },
        { name: 'Bad', type: 'ngo', amount: -5, currency: 'EUR' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['funders', 1, 'amount']);
  });
});
