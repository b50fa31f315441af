import { nameKey } from './similar-names';

describe('nameKey', () => {
  it('sets case, accents and punctuation aside', () => {
    expect(nameKey('  Kilimo-Bora Smallholder  Network! ')).toBe(nameKey('kilimo bora smallholder network'));
    expect(nameKey('Agence de Coopération (ACI)')).toBe('agence de cooperation aci');
  });

  it('keeps letters of other scripts', () => {
    expect(nameKey('Агентство «Развитие»')).toBe('агентство развитие');
    expect(nameKey('发展合作署')).toBe('发展合作署');
  });
});
