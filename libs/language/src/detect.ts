/**
 * Language of a short text (a search query, a title). Arabic, Russian and Chinese are told by
 * their script; English, French, Spanish and Portuguese by function words, glossary phrases and
 * the accents they use. Unknown (digits only, Japanese, Korean, Hindi, ...) -> null.
 */
import { findConcepts, glossaryVocabulary, isGlossaryTerm } from './glossary/glossary';
import { LATIN_LANGS, type SearchLang } from './lang';
import { analyze } from './normalize/tokenize';

export interface DetectedLanguage {
  lang: SearchLang;
  /** 0..1: the share of the evidence that points at this language. */
  confidence: number;
}

export interface DetectOptions {
  /** The visitor's interface language: breaks ties between Latin-script languages. */
  hint?: SearchLang;
}

type LatinLang = (typeof LATIN_LANGS)[number];

const ACCENT_HINTS: readonly [RegExp, Partial<Record<LatinLang, number>>][] = [
  [/[ñ¿¡]/u, { es: 2 }],
  [/[ãõ]/u, { pt: 2 }],
  [/ç/u, { fr: 1, pt: 1 }],
  [/[èëïîûùœ]/u, { fr: 1.5 }],
  [/[âêô]/u, { fr: 1, pt: 0.7 }],
  [/à/u, { fr: 1, pt: 0.5 }],
  [/[áíóú]/u, { es: 0.7, pt: 0.7 }],
  [/é/u, { fr: 0.4, es: 0.3, pt: 0.3 }],
  [/ção|ções/u, { pt: 2 }],
  [/ción|ciones/u, { es: 2 }],
];

const SCRIPTS = {
  han: /\p{Script=Han}/u,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  arabic: /\p{Script=Arabic}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  latin: /\p{Script=Latin}/u,
};
// Letters of Persian and Urdu that Arabic does not use.
const NOT_ARABIC = /[پچژگکیۀےٹڈڑں]/u;

function scoreLatin(text: string, lang: LatinLang): number {
  const tokens = analyze(text, lang);
  if (!tokens.length) return 0;
  let score = 0;
  for (const t of tokens) if (t.stop) score += 1;
  const content = tokens.filter((t) => !t.stop);
  const matches = findConcepts(text, lang, { tokens: content });
  const covered = new Set<number>();
  for (const m of matches) {
    for (let i = 0; i < content.length; i++) if (content[i].start >= m.start && content[i].end <= m.end) covered.add(i);
    score += m.length > 1 ? 1 : 0;
    if (isGlossaryTerm(m.surface, lang)) score += 1;
  }
  const vocabulary = glossaryVocabulary(lang);
  content.forEach((t, i) => {
    if (covered.has(i)) score += 1.5;
    else if (vocabulary.has(t.norm)) score += 0.5;
  });
  const lower = text.toLowerCase();
  for (const [pattern, weights] of ACCENT_HINTS) if (pattern.test(lower)) score += weights[lang] ?? 0;
  return score;
}

/** The language of a short text, or null when nothing points at one of the seven. */
export function detectLanguage(text: string, options: DetectOptions = {}): DetectedLanguage | null {
  const counts = { han: 0, kana: 0, arabic: 0, cyrillic: 0, latin: 0, other: 0 };
  const sample = text.slice(0, 2000);
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    if (SCRIPTS.kana.test(ch)) counts.kana++;
    else if (SCRIPTS.han.test(ch)) counts.han++;
    else if (SCRIPTS.arabic.test(ch)) counts.arabic++;
    else if (SCRIPTS.cyrillic.test(ch)) counts.cyrillic++;
    else if (SCRIPTS.latin.test(ch)) counts.latin++;
    else counts.other++;
  }
  const letters = counts.han + counts.kana + counts.arabic + counts.cyrillic + counts.latin + counts.other;
  if (letters === 0) return null;
  // A Chinese character counts for about as much text as three letters.
  const weighted = { han: counts.han * 3, arabic: counts.arabic, cyrillic: counts.cyrillic, latin: counts.latin };
  const total = weighted.han + weighted.arabic + weighted.cyrillic + weighted.latin + counts.kana * 3 + counts.other;
  if (counts.kana > 0) return null;
  const [script, amount] = (Object.entries(weighted) as [keyof typeof weighted, number][]).sort(
    (a, b) => b[1] - a[1],
  )[0];
  const share = amount / total;
  if (amount === 0 || share < 0.5) return null;
  const round = (x: number) => Math.round(x * 100) / 100;
  if (script === 'han') return { lang: 'zh', confidence: round(share) };
  if (script === 'cyrillic') return { lang: 'ru', confidence: round(share) };
  if (script === 'arabic') return { lang: 'ar', confidence: round(NOT_ARABIC.test(sample) ? share * 0.5 : share) };

  const scores = LATIN_LANGS.map((lang) => ({ lang, score: scoreLatin(sample, lang) }));
  const hint = options.hint;
  for (const s of scores) if (s.lang === hint && s.score > 0) s.score += 0.25;
  scores.sort((a, b) => b.score - a.score);
  const sum = scores.reduce((acc, s) => acc + s.score, 0);
  if (scores[0].score < 0.5) return null;
  return { lang: scores[0].lang, confidence: round((scores[0].score / sum) * share) };
}
