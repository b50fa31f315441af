import { meiliFilter } from './meili-filter';
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
