import m49 from '../reference/m49.json';
import sdgs from '../reference/sdgs.json';
import { COUNTRY_CODES, M49_TO_ISO2, REGION_CODES } from './country-codes';
import { SDG_TARGET_IDS } from './sdg-ids';

describe('compact reference id lists', () => {
  it('lists exactly the 169 SDG targets of the reference data, in order', () => {
    expect(SDG_TARGET_IDS).toEqual(sdgs.targets.map((t) => t.id));
  });

  it('lists exactly the M49 countries or areas that belong to a region', () => {
    const expected = m49.areas.filter((a) => a.region).map((a) => a.iso2);
    expect([...COUNTRY_CODES].sort()).toEqual([...expected].sort());
    expect(M49_TO_ISO2.get('404')).toBe('KE');
    for (const area of m49.areas.filter((a) => a.region)) expect(M49_TO_ISO2.get(area.m49)).toBe(area.iso2);
  });

  it('lists exactly the M49 region codes', () => {
    expect([...REGION_CODES].sort()).toEqual(m49.regions.map((r) => r.m49).sort());
  });
});
