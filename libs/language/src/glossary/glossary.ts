/**
 * The six-language development glossary (data in ./data/*.json, see ./README.md) and its
 * matcher: which concepts a text names, phrases before single words.
 */
import { SEARCH_LANGS, type SearchLang } from '../lang';
import { analyze, type Token } from '../normalize/tokenize';
import { GLOSSARY_FILES } from './files';

/** Column order of every row in the data files. */
export const GLOSSARY_COLUMNS = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'zh'] as const satisfies readonly SearchLang[];

export interface Concept {
  /** Stable id: the theme and a slug of the first English term ("water_sanitation/drinking-water"). */
  id: string;
  /** A catalog theme (agriculture, health, ...) or sdg, modalities, problems, general. */
  theme: string;
  /** Terms per language, preferred term first; a language may be missing (Portuguese mostly). */
  terms: Readonly<Partial<Record<SearchLang, readonly string[]>>>;
}

export interface ConceptMatch {
  concept: Concept;
  /** The words of the text that named it, as written. */
  surface: string;
  /** UTF-16 offsets of the surface in text.normalize('NFKC') (the text itself, for ordinary text). */
  start: number;
  end: number;
  /** How many normalized tokens (Chinese: characters) the match covers. */
  length: number;
}

export interface GlossaryFile {
  theme: string;
  concepts: readonly (readonly string[])[];
}

function slug(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function buildConcepts(files: readonly GlossaryFile[]): Concept[] {
  const out: Concept[] = [];
  for (const file of files) {
    for (const row of file.concepts) {
      const terms: Partial<Record<SearchLang, string[]>> = {};
      GLOSSARY_COLUMNS.forEach((lang, i) => {
        const list = (row[i] ?? '')
          .split('|')
          .map((t) => t.trim())
          .filter(Boolean);
        if (list.length) terms[lang] = list;
      });
      const en = terms.en?.[0];
      if (!en) continue;
      out.push({ id: `${file.theme}/${slug(en)}`, theme: file.theme, terms });
    }
  }
  return out;
}

const loadStarted = performance.now();
export const GLOSSARY: readonly Concept[] = buildConcepts(GLOSSARY_FILES);

const BY_ID = new Map(GLOSSARY.map((c) => [c.id, c]));

export function getConcept(id: string): Concept | undefined {
  return BY_ID.get(id);
}

/** Normalized key of a term: its content tokens, stemmed, joined by spaces (Chinese: compact text). */
export function termKey(term: string, lang: SearchLang): string {
  if (lang === 'zh') return compactChinese(term);
  return analyze(term, lang, { dropStopWords: true })
    .map((t) => t.norm)
    .join(' ');
}

function compactChinese(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

interface LangIndex {
  keys: Map<string, Concept[]>;
  maxTokens: number;
  /** Longest key (in tokens; Chinese: characters) that starts with a given token or character. */
  longestFrom: Map<string, number>;
  /** Every normalized token of every term: evidence for language detection. */
  vocabulary: Set<string>;
  /** The terms as written, lowercased, accents kept. */
  exact: Set<string>;
}

function buildIndex(lang: SearchLang): LangIndex {
  const keys = new Map<string, Concept[]>();
  const vocabulary = new Set<string>();
  const exact = new Set<string>();
  const longestFrom = new Map<string, number>();
  let maxTokens = 1;
  for (const concept of GLOSSARY) {
    for (const term of concept.terms[lang] ?? []) {
      const key = termKey(term, lang);
      if (!key) continue;
      // "no electricity" must not become a term for "electricity": a phrase that function words
      // reduce to one word is left out.
      if (lang !== 'zh' && !key.includes(' ') && term.trim().split(/\s+/).length > 1) continue;
      exact.add(term.toLowerCase());
      const list = keys.get(key);
      if (list) {
        if (!list.includes(concept)) list.push(concept);
      } else keys.set(key, [concept]);
      const parts = lang === 'zh' ? [...key] : key.split(' ');
      maxTokens = Math.max(maxTokens, parts.length);
      longestFrom.set(parts[0], Math.max(longestFrom.get(parts[0]) ?? 0, parts.length));
      if (lang !== 'zh') for (const p of parts) vocabulary.add(p);
    }
  }
  return { keys, maxTokens, longestFrom, vocabulary, exact };
}

const INDEX = Object.fromEntries(SEARCH_LANGS.map((lang) => [lang, buildIndex(lang)])) as Record<SearchLang, LangIndex>;
/** Milliseconds this module spent at load building the concepts and their per-language index. */
export const GLOSSARY_LOAD_MS = performance.now() - loadStarted;

export function glossaryVocabulary(lang: SearchLang): ReadonlySet<string> {
  return INDEX[lang].vocabulary;
}

export function isGlossaryTerm(termAsWritten: string, lang: SearchLang): boolean {
  return INDEX[lang].exact.has(termAsWritten.toLowerCase());
}

export interface FindOptions {
  /**
   * Report every concept at every position ("solar energy", "solar" and "energy"), not only the
   * longest phrase from left to right. For concept vectors; queries want the default (false).
   */
  overlapping?: boolean;
  /** Tokens already computed by analyze(text, lang, { dropStopWords: true }). */
  tokens?: readonly Token[];
}

function findChinese(text: string, overlapping: boolean): ConceptMatch[] {
  const index = INDEX.zh;
  const out: ConceptMatch[] = [];
  const input = text.normalize('NFKC').toLowerCase();
  // The kept characters, their positions in the input, and their positions in the compact text.
  const chars: string[] = [];
  const offsets: number[] = [];
  const at: number[] = [0];
  let compact = '';
  for (let i = 0; i < input.length;) {
    const ch = String.fromCodePoint(input.codePointAt(i) ?? 0);
    if (!/[\s\p{P}\p{S}]/u.test(ch)) {
      chars.push(ch);
      offsets.push(i);
      compact += ch;
      at.push(compact.length);
    }
    i += ch.length;
  }
  for (let i = 0; i < chars.length;) {
    let matched = 0;
    const longest = Math.min(index.longestFrom.get(chars[i]) ?? 0, chars.length - i);
    for (let len = longest; len >= 1; len--) {
      // A single character names a concept only when it stands alone (水 alone, not inside 水平).
      if (len === 1 && chars.length > 1) break;
      const concepts = index.keys.get(compact.slice(at[i], at[i + len]));
      if (!concepts) continue;
      const start = offsets[i];
      const end = offsets[i + len - 1] + chars[i + len - 1].length;
      for (const concept of concepts) out.push({ concept, surface: input.slice(start, end), start, end, length: len });
      if (!overlapping) {
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

/** Concepts named in a text of a given language. */
export function findConcepts(text: string, lang: SearchLang, options: FindOptions = {}): ConceptMatch[] {
  if (lang === 'zh') return findChinese(text, options.overlapping ?? false);
  const index = INDEX[lang];
  const input = text.normalize('NFKC');
  const tokens = options.tokens ?? analyze(input, lang, { dropStopWords: true });
  const out: ConceptMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    const longest = Math.min(index.longestFrom.get(tokens[i].norm) ?? 0, tokens.length - i);
    for (let len = longest; len >= 1; len--) {
      let key = tokens[i].norm;
      for (let k = 1; k < len; k++) key += ' ' + tokens[i + k].norm;
      const concepts = index.keys.get(key);
      if (!concepts) continue;
      const start = tokens[i].start;
      const end = tokens[i + len - 1].end;
      for (const concept of concepts) out.push({ concept, surface: input.slice(start, end), start, end, length: len });
      if (!options.overlapping) {
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}
