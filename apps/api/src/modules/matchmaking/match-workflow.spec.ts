import { MATCH_STAGES, type MatchParty } from '@galaxy/contracts';
import { allowedStages, assertMove, canSee } from './match-workflow';

describe('match stages', () => {
  it('goes suggested → introduced → exploring → agreed → implementing → completed', () => {
    const path = ['suggested', 'introduced', 'exploring', 'agreed', 'implementing', 'completed'] as const;
    for (let i = 0; i < path.length - 1; i++) expect(() => assertMove(path[i], path[i + 1], ['broker'])).not.toThrow();
  });

  it('lets only the broker introduce, and the provider (or broker) accept', () => {
    expect(allowedStages('suggested', ['recipient'])).toEqual(['dropped']);
    expect(allowedStages('suggested', ['broker'])).toEqual(['introduced', 'dropped']);
    expect(allowedStages('introduced', ['provider'])).toEqual(['exploring', 'dropped']);
    expect(allowedStages('introduced', ['recipient'])).toEqual(['dropped']);
    expect(() => assertMove('introduced', 'exploring', ['recipient'])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('refuses skipped, backward and terminal moves with INVALID_TRANSITION, whoever asks', () => {
    const all: MatchParty[] = ['recipient', 'provider', 'broker'];
    const refused = [
      ['suggested', 'agreed'],
      ['introduced', 'completed'],
      ['exploring', 'introduced'],
      ['completed', 'dropped'],
      ['dropped', 'introduced'],
      ['agreed', 'agreed'],
    ] as const;
    for (const [from, to] of refused)
      expect(() => assertMove(from, to, all)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(allowedStages('completed', all)).toEqual([]);
    expect(allowedStages('dropped', all)).toEqual([]);
  });

  it('hides a suggestion from the provider until it is introduced', () => {
    expect(canSee('suggested', ['provider'])).toBe(false);
    expect(canSee('suggested', ['recipient'])).toBe(true);
    for (const stage of MATCH_STAGES.filter((s) => s !== 'suggested')) expect(canSee(stage, ['provider'])).toBe(true);
    expect(canSee('introduced', [])).toBe(false);
  });
});
