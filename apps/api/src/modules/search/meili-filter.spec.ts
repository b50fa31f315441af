import { meiliAnyOf, meiliCompare, meiliFilter } from './meili-filter';
import { toMultiSearch } from './search-query';
import { POST, PRE, safeHighlight } from './highlight';

describe('meiliFilter', () => {
  it('ORs values within a facet and leaves out empty facets', () => {
    expect(meiliFilter({ sdgs: [6, 7], countries: ['KE'], themes: [], language: undefined })).toEqual([
      'sdgs IN [6, 7]',
      'countries IN ["KE"]',
    ]);
  });

  it('quotes values so they cannot break out of the filter', () => {
    expect(meiliFilter({ themes: ['a" OR sdgs = 1'] })).toEqual(['themes IN ["a\\" OR sdgs = 1"]']);
  });
});

describe('meiliAnyOf', () => {
  it('ORs the non-empty groups into one parenthesized clause', () => {
    expect(meiliAnyOf({ visibility: ['public', 'registered'], organizationId: ['o"1'] })).toEqual([
      '(visibility IN ["public", "registered"] OR organizationId IN ["o\\"1"])',
    ]);
    expect(meiliAnyOf({ visibility: ['public'], organizationId: [] })).toEqual(['(visibility IN ["public"])']);
    expect(meiliAnyOf({ visibility: [] })).toEqual([]);
  });
});

describe('meiliCompare', () => {
  it('compares numbers and leaves out an undefined bound', () => {
    expect(meiliCompare('createdAt', '<=', 1700000000)).toEqual(['createdAt <= 1700000000']);
    expect(meiliCompare('createdAt', '<=', undefined)).toEqual([]);
  });
});

describe('toMultiSearch', () => {
  it('asks for the page first, then counts each chosen facet without its own choice', () => {
    const chosen = { sdg: [6], region: ['002'] } as Record<string, unknown[] | undefined>;
    const request = toMultiSearch<'sdg' | 'region'>(
      {
        index: 'listings',
        q: 'water',
        filter: (without) =>
          meiliFilter({ sdgs: without === 'sdg' ? undefined : (chosen.sdg as number[]), regions: ['002'] }),
        facets: { sdg: 'sdgs', region: 'regions' },
        chosen: ['sdg'],
        sort: ['createdAt:desc'],
        page: 2,
        pageSize: 10,
      },
      'test_listings',
    );
    expect(request.queries).toEqual([
      {
        indexUid: 'test_listings',
        q: 'water',
        filter: ['sdgs IN [6]', 'regions IN ["002"]'],
        facets: ['sdgs', 'regions'],
        page: 2,
        hitsPerPage: 10,
        sort: ['createdAt:desc'],
      },
      {
        indexUid: 'test_listings',
        q: 'water',
        filter: ['regions IN ["002"]'],
        facets: ['sdgs'],
        hitsPerPage: 0,
        page: 1,
      },
    ]);
  });
});

describe('safeHighlight', () => {
  it('escapes catalog text and keeps only the highlight marks as HTML', () => {
    expect(safeHighlight(`<script>x</script> ${PRE}water${POST} & power`)).toBe(
      '&lt;script&gt;x&lt;/script&gt; <mark>water</mark> &amp; power',
    );
  });

  it('never turns delimiters a user could type into <mark>', () => {
    const typed = 'Solar \u0002pumps\u0003 <em>x</em> gxmarkopen y gxmarkclose';
    expect(safeHighlight(typed)).not.toContain('<mark>');
    expect(safeHighlight(typed)).not.toContain('<em>');
    expect(PRE).toMatch(/^gxmark[0-9a-f]{24}open$/);
  });
});
