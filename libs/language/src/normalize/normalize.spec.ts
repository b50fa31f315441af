import { normalizeForSearch, tokenize } from './tokenize';
import { stemRussian } from './russian-stemmer';

describe('normalizeForSearch: Arabic', () => {
  it('strips the definite article and the particles fused with it, so "vaccination" is not "the"', () => {
    expect(normalizeForSearch('التطعيم', 'ar')).toBe(normalizeForSearch('تطعيم', 'ar'));
    for (const prefixed of ['والتطعيم', 'بالتطعيم', 'للتطعيم', 'فالتطعيم', 'كالتطعيم']) {
      expect(normalizeForSearch(prefixed, 'ar')).toBe(normalizeForSearch('تطعيم', 'ar'));
    }
    // No token is left that is only the article: searching "ال" cannot match every text.
    expect(tokenize('الزراعة والتطعيم في المدارس', 'ar')).not.toContain('ال');
  });

  it('unifies alef and hamza variants, alef maqsura and taa marbuta, and removes tatweel and diacritics', () => {
    expect(normalizeForSearch('أطفال', 'ar')).toBe(normalizeForSearch('اطفال', 'ar'));
    expect(normalizeForSearch('إنتاج', 'ar')).toBe(normalizeForSearch('انتاج', 'ar'));
    expect(normalizeForSearch('آبار', 'ar')).toBe(normalizeForSearch('ابار', 'ar'));
    expect(normalizeForSearch('مستشفى', 'ar')).toBe(normalizeForSearch('مستشفي', 'ar'));
    expect(normalizeForSearch('الزراعة', 'ar')).toBe(normalizeForSearch('زراعه', 'ar'));
    expect(normalizeForSearch('الصحـــة', 'ar')).toBe(normalizeForSearch('الصحة', 'ar'));
    expect(normalizeForSearch('التَّطْعِيمُ', 'ar')).toBe(normalizeForSearch('التطعيم', 'ar'));
  });

  it('without stemming, keeps suffixes but still drops the article', () => {
    expect(normalizeForSearch('المزارعون', 'ar', { stem: false })).toBe('مزارعون');
    expect(normalizeForSearch('المزارعون', 'ar')).toBe('مزارع');
  });
});

describe('normalizeForSearch: Russian', () => {
  it('gives питьевая, питьевой, питьевую one form, and вода, воды, воду, водой another', () => {
    const forms = ['питьевая', 'питьевой', 'питьевую', 'питьевые', 'питьевого'].map((w) => normalizeForSearch(w, 'ru'));
    expect(new Set(forms).size).toBe(1);
    const water = ['вода', 'воды', 'воду', 'водой', 'воде'].map((w) => normalizeForSearch(w, 'ru'));
    expect(new Set(water).size).toBe(1);
    expect(normalizeForSearch('Питьевую воду', 'ru')).toBe(normalizeForSearch('питьевая вода', 'ru'));
  });

  it('lowercases and folds ё to е', () => {
    expect(normalizeForSearch('ЁЛКА', 'ru')).toBe(normalizeForSearch('елка', 'ru'));
    expect(normalizeForSearch('партнёры', 'ru')).toBe(normalizeForSearch('партнеры', 'ru'));
  });

  it('follows the Snowball algorithm on its published examples', () => {
    // From the Snowball Russian sample vocabulary.
    expect(stemRussian('вавилонский')).toBe('вавилонск');
    expect(stemRussian('важнейшие')).toBe('важн');
    expect(stemRussian('вагонов')).toBe('вагон');
    expect(stemRussian('ваканции')).toBe('ваканц');
    expect(stemRussian('образование')).toBe('образован');
    expect(stemRussian('сельскохозяйственных')).toBe('сельскохозяйствен');
  });
});

describe('normalizeForSearch: French, Spanish, Portuguese, English', () => {
  it('folds accents and strips light plurals', () => {
    expect(normalizeForSearch('vacunación', 'es')).toBe(normalizeForSearch('vacunaciones', 'es'));
    expect(normalizeForSearch('agua potable', 'es')).toBe(normalizeForSearch('aguas potables', 'es'));
    expect(normalizeForSearch('países', 'es')).toBe(normalizeForSearch('país', 'es'));
    expect(normalizeForSearch('ciudades', 'es')).toBe(normalizeForSearch('ciudad', 'es'));
    expect(normalizeForSearch('água potável', 'pt')).toBe(normalizeForSearch('águas potáveis', 'pt'));
    expect(normalizeForSearch('vacinação', 'pt')).toBe(normalizeForSearch('vacinações', 'pt'));
    expect(normalizeForSearch('rural', 'fr')).toBe(normalizeForSearch('ruraux', 'fr'));
    expect(normalizeForSearch('santé', 'fr')).toBe(normalizeForSearch('sante', 'fr'));
    expect(normalizeForSearch('policies', 'en')).toBe(normalizeForSearch('policy', 'en'));
    expect(normalizeForSearch('farmers', 'en')).toBe(normalizeForSearch('farmer', 'en'));
  });

  it("drops French elisions: l'eau is eau", () => {
    expect(normalizeForSearch("l'eau", 'fr')).toBe(normalizeForSearch('eau', 'fr'));
    expect(normalizeForSearch('d’accès', 'fr')).toBe(normalizeForSearch('accès', 'fr'));
  });

  it('can leave function words out', () => {
    expect(tokenize("l'accès à l'eau potable", 'fr', { dropStopWords: true })).toEqual(
      tokenize('accès eau potable', 'fr'),
    );
    expect(tokenize('the and of', 'en', { dropStopWords: true })).toEqual([]);
  });
});

describe('normalizeForSearch: Chinese and mixed scripts', () => {
  it('splits Han text into character bigrams', () => {
    expect(tokenize('饮用水', 'zh')).toEqual(['饮用', '用水']);
    expect(tokenize('水', 'zh')).toEqual(['水']);
  });

  it('routes each word by its script', () => {
    expect(tokenize('2030年GDP增长', 'zh')).toEqual(['2030', '年', 'gdp', '增长']);
    expect(tokenize('مياه WASH', 'ar')).toEqual([normalizeForSearch('مياه', 'ar'), 'wash']);
    expect(tokenize('вода water', 'en')).toEqual([normalizeForSearch('вода', 'ru'), 'water']);
  });

  it('handles empty and punctuation-only input', () => {
    expect(tokenize('', 'en')).toEqual([]);
    expect(tokenize(' ،.!? ', 'ar')).toEqual([]);
  });
});
