import { SolutionSearchQuerySchema } from '@galaxy/contracts';
import {
  activeFilterCount,
  exportHref,
  filterParams,
  PAGE_SIZE,
  readSolutionSearch,
  searchParams,
  type SolutionSearchState,
} from './solution-search';

const read = (query: string) => readSolutionSearch(new URLSearchParams(query));
/** The API query a search sends, as the API would read it. */
const asApiQuery = (state: SolutionSearchState) => {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of searchParams(state)) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return SolutionSearchQuerySchema.safeParse(query);
};

describe('solution search state', () => {
  it('reads a shared link back into the same search', () => {
    const state = read(
      'q=clean+water&sdg=6&sdg=13&target=6.4&region=002&country=ke&modality=triangular&theme=water_sanitation' +
        '&language=fr&status=ongoing&organizationType=ngo&funderType=foundation&ldc=true&sort=newest&page=2',
    );
    expect(state).toEqual({
      q: 'clean water',
      lists: {
        sdg: ['6', '13'],
        target: ['6.4'],
        region: ['002'],
        country: ['KE'],
        modality: ['triangular'],
        theme: ['water_sanitation'],
        language: ['fr'],
        status: ['ongoing'],
        organizationType: ['ngo'],
        funderType: ['foundation'],
      },
      flags: { ldc: true, lldc: false, sids: false },
      sort: 'newest',
      page: 2,
    });
    expect(activeFilterCount(state)).toBe(12);
  });

  it('round-trips: the parameters it sends read back as the same search', () => {
    const state = read('q=solar&sdg=7&country=BR&sids=true&sort=title&page=3');
    const again = readSolutionSearch(new URLSearchParams(searchParams(state).map(([k, v]) => [k, v])));
    expect(again).toEqual(state);
  });

  it('drops what the API would refuse instead of showing an error', () => {
    const state = read(
      'sdg=6&sdg=18&sdg=x&target=6.99&region=999&country=ZZ&modality=bilateral&theme=magic' +
        '&ldc=yes&sort=random&page=0&unknown=1',
    );
    expect(state.lists.sdg).toEqual(['6']);
    expect(state.lists.target).toEqual([]);
    expect(state.lists.region).toEqual([]);
    expect(state.lists.country).toEqual([]);
    expect(state.lists.modality).toEqual([]);
    expect(state.lists.theme).toEqual([]);
    expect(state.flags.ldc).toBe(false);
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(activeFilterCount(state)).toBe(1);
  });

  it.each([
    '',
    'q=%20%20water%20%20',
    `q=${'a'.repeat(500)}`,
    'sdg=1,2,3,17&target=1.1&target=17.19&page=1000',
    'sdg=0&target=&country=&region=02&page=1001&sort=',
    'ldc=true&lldc=true&sids=true&sort=title',
  ])('sends the API a query it accepts for ?%s', (query) => {
    const parsed = asApiQuery(read(query));
    expect(parsed.error?.issues).toBeUndefined();
  });

  it('trims the text query and keeps it within the 200 characters the API takes', () => {
    expect(read('q=%20%20water%20').q).toBe('water');
    expect(read(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });

  it('asks for the first page without a page parameter and for the default sort without a sort', () => {
    expect(searchParams(read('q=water'))).toEqual([
      ['q', 'water'],
      ['pageSize', String(PAGE_SIZE)],
    ]);
  });

  it('exports what is filtered, whatever the page or sort on screen', () => {
    const state = read('q=water&sdg=6&sids=true&sort=title&page=4');
    const href = exportHref(state, 'csv');
    expect(href.startsWith('/api/v1/solutions/export?')).toBe(true);
    const sent = new URLSearchParams(href.split('?')[1]);
    expect([...sent]).toEqual([...filterParams(state), ['format', 'csv']]);
    expect(sent.has('page')).toBe(false);
    expect(sent.has('sort')).toBe(false);
    expect(sent.has('pageSize')).toBe(false);
  });
});
