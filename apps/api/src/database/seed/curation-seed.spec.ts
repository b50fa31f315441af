import { SolutionDraftFieldsSchema, SolutionInputSchema } from '@galaxy/contracts';
import { DEMO_REVISIONS } from './curation-seed';

describe('demo drafts', () => {
  it('are drafts the API would accept, and the submitted one is complete', () => {
    for (const revision of DEMO_REVISIONS)
      expect(SolutionDraftFieldsSchema.safeParse(revision.content).error).toBeUndefined();
    const submitted = DEMO_REVISIONS.find((r) => r.state === 'submitted');
    expect(SolutionInputSchema.safeParse({ ...submitted?.content, source: 'Demo data' }).error).toBeUndefined();
  });
});
