import type { SolutionInput } from '@galaxy/contracts';

let n = 0;

/** A valid solution input; override what the test is about. */
export function solutionInput(overrides: Partial<SolutionInput> = {}): SolutionInput {
  n += 1;
  return {
    externalId: `test-${process.pid}-${n}`,
    language: 'en',
    title: `Community water kiosks ${n}`,
    summary: 'Neighbourhood kiosks sell safe drinking water at a fair price.',
    challenge: 'Households walked hours to fetch water of doubtful quality.',
    towardsSolution: 'A utility from the provider country trained local operators to run solar-powered kiosks.',
    resultsImpact: 'Thousands of households now buy treated water close to home.',
    sdgs: [6],
    sdgTargets: ['6.1'],
    countries: [
      { country: 'KE', role: 'recipient' },
      { country: 'IN', role: 'provider' },
    ],
    modality: 'south-south',
    themes: ['water_sanitation'],
    organizations: [{ name: 'Test Water Utility', type: 'government', country: 'IN', role: 'implementing' }],
    projectStatus: 'ongoing',
    startYear: 2020,
    source: 'Test data',
    ...overrides,
  };
}

/** Polls until the check passes or the time is up; returns how long it took in ms. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
