import { SolutionInputSchema } from '@galaxy/contracts';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_INITIATIVES } from '@galaxy/seed';
import { baseSlug, slugSuffix } from '../../common/slugs';
import { checkIatiFile } from './iati-rules';
import { activitiesFile, type IatiSolution } from './iati-writer';

const SAMPLE = join(__dirname, '../../../../../docs/iati-sample.xml');

/** A stable uuid from the seed's external id, so the sample does not change from run to run. */
const stableId = (key: string) => {
  const h = createHash('sha1').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** docs/iati-sample.xml: three hand-written seed entries (English, triangular, Spanish) as Galaxy exports them. */
function sample(): string {
  const picks = [
    REAL_INITIATIVES.find((s) => s.language === 'en'),
    REAL_INITIATIVES.find((s) => s.modality === 'triangular'),
    REAL_INITIATIVES.find((s) => s.language === 'es'),
  ].map((s) => SolutionInputSchema.parse(s));
  const solutions = picks.map((s): IatiSolution => {
    const id = stableId(s.externalId as string);
    return {
      ...s,
      id,
      slug: `${baseSlug(s.title, 'solution')}-${slugSuffix(s.externalId as string)}`,
      sustainability: s.sustainability ?? null,
      replicability: s.replicability ?? null,
      lessonsLearned: s.lessonsLearned ?? null,
      beneficiaries: s.beneficiaries ?? null,
      endYear: s.endYear ?? null,
      budgetRange: s.budgetRange ?? null,
      updatedAt: new Date('2026-12-01T00:00:00Z'),
    };
  });
  return activitiesFile(
    solutions,
    {
      reportingOrg: { ref: 'XM-DAC-GALAXY', name: 'Galaxy South-South and triangular cooperation', type: '40' },
      publicUrl: 'http://localhost:3000',
      today: '2026-12-01',
    },
    new Date('2026-12-01T00:00:00Z'),
  );
}

describe('docs/iati-sample.xml', () => {
  it('is what the export writes for three seed entries, and passes the 2.03 rules', () => {
    const xml = sample();
    // UPDATE_IATI_SAMPLE=1 rewrites the file after a deliberate change of the export.
    if (process.env['UPDATE_IATI_SAMPLE'] === '1') writeFileSync(SAMPLE, xml);
    expect(checkIatiFile(xml, { today: '2026-12-01' })).toEqual([]);
    expect(readFileSync(SAMPLE, 'utf8')).toBe(xml);
  });
});
