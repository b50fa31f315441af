import { generateCatalog, generatedSolutionTopics } from './generator';
import { TOPIC_SOURCES } from './generator/topics';
import { SEED_SIZE } from './index';
import { REAL_INITIATIVES } from './real-initiatives';
import { LABELLED_SEARCH_QUERIES, REAL_INITIATIVE_TOPICS, relevantSolutions } from './search-queries';

const UN_LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

describe('LABELLED_SEARCH_QUERIES (evaluation set for solution search)', () => {
  const generated = generateCatalog(SEED_SIZE).solutions;
  const catalog = new Map<string, string>(
    [...REAL_INITIATIVES, ...generated].map((s) => [s.externalId as string, s.language]),
  );
  const topics = generatedSolutionTopics(SEED_SIZE);
  const topicIds = new Set(TOPIC_SOURCES.map((t) => t.id));

  it('is the catalog that the seed writes: 1,037 solutions with unique externalIds', () => {
    expect(REAL_INITIATIVES.length + generated.length).toBe(1_037);
    expect(catalog.size).toBe(1_037);
  });

  it('has at least 150 queries with unique ids, at least 20 per UN language', () => {
    expect(LABELLED_SEARCH_QUERIES.length).toBeGreaterThanOrEqual(150);
    const ids = LABELLED_SEARCH_QUERIES.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const lang of UN_LANGS)
      expect({ lang, enough: LABELLED_SEARCH_QUERIES.filter((q) => q.lang === lang).length >= 20 }).toEqual({
        lang,
        enough: true,
      });
  });

  it('replays the topic of every generated solution (its main SDG and themes are the topic’s)', () => {
    expect([...topics.keys()]).toEqual(generated.map((s) => s.externalId));
    const byId = new Map(TOPIC_SOURCES.map((t) => [t.id, t]));
    for (const s of generated) {
      const topic = byId.get(topics.get(s.externalId) as string);
      expect({ id: s.externalId, sdg: s.sdgs[0], themes: topic?.themes.every((t) => s.themes?.includes(t)) }).toEqual({
        id: s.externalId,
        sdg: topic?.sdg,
        themes: true,
      });
    }
  });

  it('judges every hand-written initiative, with known topics', () => {
    expect(Object.keys(REAL_INITIATIVE_TOPICS).sort()).toEqual(REAL_INITIATIVES.map((s) => s.externalId).sort());
    for (const { main, side } of Object.values(REAL_INITIATIVE_TOPICS))
      expect([...main, ...side].filter((t) => !topicIds.has(t))).toEqual([]);
  });

  it.each(LABELLED_SEARCH_QUERIES.map((q) => [q.id, q] as const))(
    '%s: known topics, labelled keys in the catalog, something on topic written in another language',
    (id, query) => {
      expect({ id, unknownTopics: [...query.topics, ...query.related].filter((t) => !topicIds.has(t)) }).toEqual({
        id,
        unknownTopics: [],
      });
      const relevant = relevantSolutions(query, topics);
      expect({ id, unknownKeys: [...relevant.keys()].filter((k) => !catalog.has(k)) }).toEqual({ id, unknownKeys: [] });
      const onTopic = [...relevant].filter(([, g]) => g === 2).map(([k]) => k);
      expect({ id, onTopic: onTopic.length > 0 }).toEqual({ id, onTopic: true });
      if (query.lang !== 'en')
        expect({ id, crossLanguage: onTopic.some((k) => catalog.get(k) !== query.lang) }).toEqual({
          id,
          crossLanguage: true,
        });
      expect(query.q.trim()).toBe(query.q);
      expect(query.q.length).toBeLessThanOrEqual(200);
    },
  );
});
