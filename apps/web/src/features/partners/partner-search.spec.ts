import { OrganizationSearchQuerySchema } from '@galaxy/contracts';
import { partnerFacetCountParams, partnerSearchParams, readPartnerSearch } from './partner-search';

const read = (query: string) => readPartnerSearch(new URLSearchParams(query));

describe('partner directory search state', () => {
  it('reads the filters, sort and page of a shared link', () => {
    expect(read('q=health&type=ngo&type=academia&region=142&sdg=3&sort=name&page=2')).toEqual({
      q: 'health',
      lists: { type: ['ngo', 'academia'], region: ['142'], sdg: ['3'] },
      sort: 'name',
      page: 2,
    });
  });

  it('drops unknown types, regions, goals and sorts', () => {
    expect(read('type=club&region=1&sdg=20&sort=popular&page=x')).toEqual({
      q: '',
      lists: { type: [], region: [], sdg: [] },
      sort: 'relevance',
      page: 1,
    });
  });

  it('sends the API a query it accepts', () => {
    const params = partnerSearchParams(read('q=health&type=ngo&region=142&sdg=3&sdg=99&sort=solutions&page=5'));
    const query: Record<string, string | string[]> = {};
    for (const [key, value] of params) query[key] = key in query ? [query[key] as string, value].flat() : value;
    expect(OrganizationSearchQuerySchema.safeParse(query).error?.issues).toBeUndefined();
  });

  it("counts a facet's options as if nothing were chosen in it, keeping the other filters", () => {
    const state = read('q=health&type=ngo&region=142&sdg=3');
    expect(partnerFacetCountParams(state, 'type')).toEqual([
      ['q', 'health'],
      ['region', '142'],
      ['sdg', '3'],
      ['pageSize', '1'],
    ]);
    expect(partnerFacetCountParams(state, 'sdg')).toEqual([
      ['q', 'health'],
      ['type', 'ngo'],
      ['region', '142'],
      ['pageSize', '1'],
    ]);
  });
});
