import { SolutionInputSchema, SolutionSearchResultSchema, type SolutionSearchResult } from '@galaxy/contracts';
import { CatalogWriter } from '../src/modules/solutions';
import { SearchSync } from '../src/modules/search';
import { solutionInput, waitFor } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

/**
 * Meilisearch splits the Arabic article from its word (التطعيم → ال + تطعيم). Unless the article
 * is a stop word it matches every Arabic text and every country's Arabic name, so any Arabic query
 * returned most of the catalog, ranked the same.
 */
describe('Arabic search', () => {
  let t: TestApp;
  const search = async (q: string): Promise<SolutionSearchResult> =>
    SolutionSearchResultSchema.parse(
      (await t.http.get(`/api/v1/solutions?q=${encodeURIComponent(q)}`).expect(200)).body,
    );

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'arabic_', INDEXER_ENABLED: true });
    await resetCatalog(t.db);
    const solutions = [
      solutionInput({
        language: 'ar',
        title: 'حملات التطعيم في المناطق الريفية',
        summary: 'فرق متنقلة توصل اللقاحات إلى القرى البعيدة.',
        countries: [{ country: 'YE', role: 'recipient' }],
      }),
      solutionInput({
        language: 'ar',
        title: 'الزراعة الذكية مناخياً في الواحات',
        summary: 'المزارعون يستخدمون الري بالتنقيط والبذور المقاومة للجفاف.',
        countries: [{ country: 'EG', role: 'recipient' }],
      }),
      solutionInput({
        language: 'ar',
        title: 'المياه الصالحة للشرب في المدارس',
        summary: 'محطات تنقية صغيرة تديرها المجتمعات المحلية.',
        countries: [{ country: 'SD', role: 'recipient' }],
      }),
      solutionInput({ title: 'Solar pumps for irrigation', countries: [{ country: 'MA', role: 'recipient' }] }),
    ].map((s) => SolutionInputSchema.parse(s));
    await t.app.get(CatalogWriter).writeSolutions(solutions, { publish: true });
    const sync = t.app.get(SearchSync);
    await waitFor(async () => (await sync.pending()).pending === 0, 30_000, 'the outbox to drain');
  });
  afterAll(() => t?.close());

  it('finds the solution a word names, not every text that has an article', async () => {
    const vaccination = await search('التطعيم');
    expect(vaccination.items.map((i) => i.title)).toEqual(['حملات التطعيم في المناطق الريفية']);
    const agriculture = await search('الزراعة');
    expect(agriculture.items.map((i) => i.title)).toEqual(['الزراعة الذكية مناخياً في الواحات']);
  });
});
