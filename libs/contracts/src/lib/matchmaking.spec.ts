import { MatchUpdateInputSchema } from './matchmaking';

describe('MatchUpdateInputSchema', () => {
  it('refuses a note or an outcome without a stage (they change nothing alone; the API answered 500)', () => {
    for (const body of [{ version: 1 }, { version: 1, note: 'Hello' }, { version: 1, outcome: 'Done' }]) {
      const result = MatchUpdateInputSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['stage'],
        message: expect.stringMatching(/^Nothing to change/),
      });
    }
  });

  it('accepts a stage with its note, a commitment, or milestones', () => {
    for (const body of [
      { version: 1, stage: 'introduced', note: 'You both run kiosks' },
      { version: 1, commitment: 'Two engineers' },
      { version: 1, milestones: [{ title: 'First visit' }] },
    ]) {
      expect(MatchUpdateInputSchema.safeParse(body).success).toBe(true);
    }
  });
});
