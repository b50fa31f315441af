import type { DataSource } from 'typeorm';

/** Demo drafts of the demo partner: one waiting in the curators' queue, one still being written. */
export const DEMO_REVISIONS = [
  {
    state: 'submitted',
    content: {
      language: 'en',
      title: 'Drought-tolerant cassava cuttings shared between farmer cooperatives',
      summary:
        'Farmer cooperatives multiply drought-tolerant cassava varieties and pass clean cuttings to cooperatives in a neighbouring country. Demo data.',
      challenge: 'Recurrent droughts and cassava mosaic disease cut yields by half in the semi-arid districts.',
      towardsSolution:
        'Cooperatives trained by the provider country’s research institute run certified multiplication plots and exchange cuttings across the border.',
      resultsImpact: 'Demo figures: 3,000 households planted the new varieties in two seasons.',
      sdgs: [2, 13],
      sdgTargets: ['2.4', '13.1'],
      countries: [
        { country: 'KE', role: 'provider' },
        { country: 'TZ', role: 'recipient' },
      ],
      modality: 'south-south',
      themes: ['agriculture'],
      organizations: [{ name: 'Demo Partner Agency', type: 'cooperation_agency', country: 'KE', role: 'implementing' }],
      projectStatus: 'ongoing',
      startYear: 2023,
    },
  },
  {
    state: 'draft',
    content: {
      language: 'en',
      title: 'Mobile birth registration in remote districts',
      summary: 'Demo data: a draft the demo partner is still writing.',
      sdgs: [16],
      organizations: [{ name: 'Demo Partner Agency', type: 'cooperation_agency', country: 'KE', role: 'implementing' }],
    },
  },
] as const;

/** Adds the demo drafts once, when the demo organization has none (development only). */
export async function ensureDemoRevisions(db: DataSource, organizationSlug: string, authorId: string): Promise<void> {
  await db.query(
    `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id, submitted_at)
     SELECT gen_random_uuid(), o.id, 1, r.state, r.content, 1, $3,
       CASE WHEN r.state = 'submitted' THEN now() - interval '4 days' END
     FROM organizations o, jsonb_to_recordset($2::jsonb) AS r(state text, content jsonb)
     WHERE o.slug = $1 AND NOT EXISTS (SELECT 1 FROM solution_revisions WHERE organization_id = o.id)`,
    [organizationSlug, JSON.stringify(DEMO_REVISIONS), authorId],
  );
}
