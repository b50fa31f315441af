import { TargetSuggester } from './target-suggester';

describe('SDG target suggestions from a text', () => {
  const suggester = new TargetSuggester();

  it('finds the targets a request is about, in English', () => {
    const water = suggester.suggest('Our rural districts lack safe drinking water', 'en').items.map((i) => i.id);
    expect(water[0]).toBe('6.1');
    const sanitation = suggester
      .suggest('Open defecation is common and schools have no sanitation for girls', 'en')
      .items.map((i) => i.id);
    expect(sanitation[0]).toBe('6.2');
  });

  it('works in the user’s language, titles included', () => {
    const fr = suggester.suggest('mortalité maternelle et soins aux nouveau-nés', 'fr').items;
    expect(fr.slice(0, 3).map((i) => i.id)).toContain('3.1');
    expect(fr[0].title).toMatch(/[a-zàéè]/);
    const es = suggester.suggest('energía renovable en zonas rurales', 'es').items.map((i) => i.id);
    expect(es.slice(0, 5)).toEqual(expect.arrayContaining(['7.2']));
  });

  it('ranks best first, with the best at 1', () => {
    const items = suggester.suggest('reduce food loss and waste', 'en').items;
    expect(items[0].score).toBe(1);
    expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
    expect(items[0].id).toBe('12.3');
  });
});
