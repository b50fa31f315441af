import type { FacetOption } from './FacetGroup';
import { nestRegions } from './nest-regions';

// Africa (002) › Sub-Saharan Africa (202) › Eastern Africa (014); Asia (142) › Southern Asia (034).
const PARENTS = new Map([
  ['202', '002'],
  ['014', '202'],
  ['011', '202'],
  ['034', '142'],
]);
const option = (value: string, label: string): FacetOption => ({ value, label, count: 1 });

describe('region facet options', () => {
  it('lists each region under the region that contains it, indented by its depth', () => {
    const nested = nestRegions(
      [
        option('014', 'Eastern Africa'),
        option('142', 'Asia'),
        option('002', 'Africa'),
        option('011', 'Western Africa'),
        option('202', 'Sub-Saharan Africa'),
        option('034', 'Southern Asia'),
      ],
      PARENTS,
    );
    expect(nested.map((o) => `${'  '.repeat(o.depth ?? 0)}${o.label}`)).toEqual([
      'Africa',
      '  Sub-Saharan Africa',
      '    Eastern Africa',
      '    Western Africa',
      'Asia',
      '  Southern Asia',
    ]);
  });

  it('keeps a region whose parent has no results, as a branch of its own', () => {
    const nested = nestRegions([option('014', 'Eastern Africa'), option('034', 'Southern Asia')], PARENTS);
    expect(nested.map((o) => [o.label, o.depth])).toEqual([
      ['Eastern Africa', 0],
      ['Southern Asia', 0],
    ]);
  });

  it('sorts names in the reader’s alphabet and loses no option', () => {
    const options = [option('142', 'Азия'), option('002', 'Африка'), option('034', 'Южная Азия')];
    const nested = nestRegions(options, PARENTS);
    expect(nested.map((o) => o.label)).toEqual(['Азия', 'Южная Азия', 'Африка']);
    expect(nested).toHaveLength(options.length);
  });
});
