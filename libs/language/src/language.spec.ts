import {
  conceptVector,
  cosine,
  topTargets,
  CONCEPT_VECTOR_DIMENSIONS,
  CONCEPT_VECTOR_IDS,
  topGoals,
} from './sdg/vectors';
import { detectLanguage } from './detect';
import { expandQuery } from './expand';
import { findConcepts, GLOSSARY } from './glossary/glossary';
import { glossaryReport } from './glossary/report';
import { SEARCH_LANGS, UN_LANGS } from './lang';

describe('detectLanguage', () => {
  it('tells Arabic, Russian and Chinese by their script', () => {
    expect(detectLanguage('التطعيم')).toEqual({ lang: 'ar', confidence: 1 });
    expect(detectLanguage('питьевая вода')).toEqual({ lang: 'ru', confidence: 1 });
    expect(detectLanguage('太阳能')).toEqual({ lang: 'zh', confidence: 1 });
  });

  it('tells English, French, Spanish and Portuguese apart on short queries', () => {
    expect(detectLanguage('agua potable')?.lang).toBe('es');
    expect(detectLanguage('eau potable')?.lang).toBe('fr');
    expect(detectLanguage('água potável')?.lang).toBe('pt');
    expect(detectLanguage('drinking water')?.lang).toBe('en');
    expect(detectLanguage('petits exploitants agricoles')?.lang).toBe('fr');
    expect(detectLanguage('vacunación de niños')?.lang).toBe('es');
    expect(detectLanguage('smallholder farmers')?.lang).toBe('en');
    expect(detectLanguage('segurança alimentar')?.lang).toBe('pt');
  });

  it('returns null for what it cannot know', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('2030 12.5 !!')).toBeNull();
    expect(detectLanguage('xq zzv')).toBeNull();
    expect(detectLanguage('こんにちは世界')).toBeNull();
  });

  it('gives a confidence between 0 and 1, lower for mixed scripts', () => {
    const mixed = detectLanguage('питьевая вода water');
    expect(mixed?.lang).toBe('ru');
    expect(mixed!.confidence).toBeLessThan(1);
    expect(mixed!.confidence).toBeGreaterThan(0);
  });

  it('uses the interface language to break a tie', () => {
    // "radio" is a term in all four Latin languages.
    expect(detectLanguage('radio', { hint: 'fr' })?.lang).toBe('fr');
    expect(detectLanguage('radio', { hint: 'es' })?.lang).toBe('es');
  });
});

describe('glossary', () => {
  it('holds at least 1,500 concepts, each with terms in the six UN languages', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(1500);
    for (const c of GLOSSARY) for (const lang of UN_LANGS) expect(c.terms[lang]?.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const ids = GLOSSARY.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the 24 catalog themes', () => {
    const themes = new Set(GLOSSARY.map((c) => c.theme));
    for (const t of [
      'agriculture',
      'food_security',
      'water_sanitation',
      'energy',
      'climate',
      'health',
      'education',
      'digital',
      'gender',
      'youth',
      'employment',
      'trade',
      'finance',
      'infrastructure',
      'urban',
      'environment',
      'oceans',
      'disaster_risk',
      'governance',
      'social_protection',
      'statistics',
      'migration',
      'tourism',
      'industry',
    ]) {
      expect(themes).toContain(t);
    }
  });

  it('matches the longest phrase first', () => {
    const m = findConcepts('safe drinking water for rural schools', 'en');
    expect(m[0].concept.id).toBe('water_sanitation/drinking-water');
    expect(m[0].surface).toBe('safe drinking water');
  });

  it('finds a good share of its terms in the official SDG texts of each language', () => {
    const report = glossaryReport();
    for (const l of report.languages) {
      if (l.lang === 'pt') continue;
      expect(l.termsInSdgTexts).toBeGreaterThan(300);
      expect(l.agreementWithEnglish).toBeGreaterThan(0.6);
    }
  });
});

describe('expandQuery', () => {
  it('expands Spanish "agua potable" into the other languages', () => {
    const e = expandQuery('agua potable');
    expect(e.lang).toBe('es');
    expect(e.concepts.map((c) => c.id)).toEqual(['water_sanitation/drinking-water']);
    expect(e.expansions.en).toContain('drinking water');
    expect(e.expansions.fr).toContain('eau potable');
    expect(e.expansions.zh).toContain('饮用水');
    expect(e.expansions.ar).toContain('مياه الشرب');
    expect(e.alsoSearched).toEqual(expect.arrayContaining(['drinking water', 'eau potable', '饮用水']));
    expect(e.alsoSearched).not.toContain('agua potable');
    expect(e.unmatched).toEqual([]);
  });

  it('understands inflected Russian and Arabic with the article', () => {
    expect(expandQuery('питьевую воду').expansions.en).toContain('drinking water');
    expect(expandQuery('التطعيم').expansions.en).toContain('vaccination');
    expect(expandQuery('والتطعيم').expansions.fr).toContain('vaccination');
  });

  it('expands Chinese by the terms it contains', () => {
    const e = expandQuery('太阳能 农村');
    expect(e.lang).toBe('zh');
    expect(e.expansions.en).toContain('solar energy');
  });

  it('reports words that no concept covers and keeps them as typed', () => {
    const e = expandQuery('drinking water Zanzibar');
    expect(e.unmatched).toEqual(['Zanzibar']);
    expect(e.words).toEqual(['drinking', 'water', 'Zanzibar']);
  });

  it('copes with stop words only, an article only, unknown language and very long input', () => {
    expect(expandQuery('the of and').concepts).toEqual([]);
    expect(expandQuery('the of and').terms).toEqual([]);
    expect(expandQuery('ال').concepts).toEqual([]);
    const unknown = expandQuery('12345');
    expect(unknown.lang).toBeNull();
    expect(unknown.concepts).toEqual([]);
    const long = expandQuery('water '.repeat(500));
    expect(long.query.length).toBeLessThanOrEqual(1000);
    expect(long.concepts.map((c) => c.id)).toEqual(['water_sanitation/water']);
  });

  it('can be told the language', () => {
    expect(expandQuery('radio', { lang: 'pt' }).lang).toBe('pt');
  });
});

describe('conceptVector', () => {
  const drinkingWater = {
    en: 'Rural communities had no access to safe drinking water.',
    es: 'Las comunidades rurales no tenían acceso a agua potable segura.',
    fr: "Les communautés rurales n'avaient pas accès à l'eau potable.",
    ar: 'لم يكن لدى المجتمعات الريفية إمكانية الحصول على مياه الشرب المأمونة.',
    zh: '农村社区无法获得安全的饮用水。',
    ru: 'Сельские общины не имели доступа к безопасной питьевой воде.',
  } as const;

  it('has 17 goal and 169 target dimensions and unit length', () => {
    expect(CONCEPT_VECTOR_DIMENSIONS).toBe(186);
    expect(CONCEPT_VECTOR_IDS.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(CONCEPT_VECTOR_IDS[17]).toBe('1.1');
    const v = conceptVector(drinkingWater.en, 'en');
    expect(v).toBeInstanceOf(Float32Array);
    expect(v.length).toBe(186);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
  });

  it.each(Object.entries(drinkingWater))(
    'puts target 6.1 in the top 3 for a %s sentence on drinking water',
    (lang, text) => {
      const top = topTargets(conceptVector(text, lang as keyof typeof drinkingWater), 3).map((t) => t.id);
      expect(top).toContain('6.1');
      expect(topGoals(conceptVector(text, lang as keyof typeof drinkingWater), 1)[0].id).toBe('6');
    },
  );

  it('detects the language when none is given', () => {
    expect(topTargets(conceptVector(drinkingWater.es), 3).map((t) => t.id)).toContain('6.1');
  });

  it('brings translations closer than unrelated texts', () => {
    const enWater = conceptVector(drinkingWater.en, 'en');
    const esWater = conceptVector(drinkingWater.es, 'es');
    const enSchool = conceptVector('Teachers were trained to improve literacy in primary schools.', 'en');
    const esSchool = conceptVector(
      'Se capacitó a los docentes para mejorar la alfabetización en las escuelas primarias.',
      'es',
    );
    const enSolar = conceptVector('Solar mini-grids brought electricity to remote villages.', 'en');
    expect(cosine(enWater, esWater)).toBeGreaterThan(cosine(enWater, esSchool));
    expect(cosine(enWater, esWater)).toBeGreaterThan(cosine(enWater, enSolar));
    expect(cosine(enSchool, esSchool)).toBeGreaterThan(cosine(enSchool, esWater));
    expect(cosine(enSchool, esSchool)).toBeGreaterThan(0.5);
  });

  it('is all zeros for a text that names nothing it knows', () => {
    const v = conceptVector('zzz qqq', 'en');
    expect(v.every((x) => x === 0)).toBe(true);
    expect(topTargets(v, 3)).toEqual([]);
  });

  it('explains with targets of the right goal: solar electricity is SDG 7', () => {
    const top = topTargets(conceptVector('Solar mini-grids brought electricity to remote villages.', 'en'), 3);
    expect(top[0].goal).toBe(7);
  });

  it('accepts every search language', () => {
    for (const lang of SEARCH_LANGS) expect(conceptVector('water', lang).length).toBe(186);
  });
});

describe('hostile input', () => {
  // A fixed pseudo-random generator, so that a failure can be replayed.
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = [
    'a',
    'é',
    'ñ',
    'ç',
    'ال',
    'ة',
    'ё',
    'Ж',
    '水',
    '的',
    ' ',
    "'",
    '’',
    '-',
    '.',
    '🙂',
    '\u0640',
    '\u064E',
    '1',
    '\u200F',
  ];
  const randomText = (length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');

  it('never throws and always returns a finite unit or zero vector', () => {
    for (let i = 0; i < 200; i++) {
      const text = randomText(1 + Math.floor(next() * 300));
      const lang = SEARCH_LANGS[i % SEARCH_LANGS.length];
      expect(() => expandQuery(text)).not.toThrow();
      const v = conceptVector(text, lang);
      expect(v.every(Number.isFinite)).toBe(true);
      const norm = Math.hypot(...v);
      expect(norm === 0 || Math.abs(norm - 1) < 1e-4).toBe(true);
    }
  });
});
