/**
 * Query understanding: the query's language, its normalized words, and the glossary concepts it
 * names with their terms in every language, for "Also searched: drinking water, eau potable, 饮用水".
 */
import { detectLanguage } from './detect';
import { findConcepts } from './glossary/glossary';
import { SEARCH_LANGS, type SearchLang } from './lang';
import { analyze } from './normalize/tokenize';

/** Longer queries are cut here before analysis (search boxes cap far lower). */
export const MAX_QUERY_CHARS = 1000;

export interface ExpandOptions {
  /** Skip detection: the query is in this language. */
  lang?: SearchLang;
  /** The visitor's interface language: the fallback when detection finds nothing, and the tie-breaker. */
  hint?: SearchLang;
  /** Languages to expand into (default: all seven). */
  langs?: readonly SearchLang[];
}

export interface ExpandedConcept {
  id: string;
  theme: string;
  /** The words of the query that named it, as typed. */
  matched: string;
  /** Offsets of `matched` in the (NFKC-normalized, cut) query. */
  start: number;
  end: number;
  /** All terms of the concept per language, preferred first. */
  terms: Partial<Record<SearchLang, readonly string[]>>;
}

export interface QueryExpansion {
  /** The query, trimmed and cut at MAX_QUERY_CHARS. */
  query: string;
  /** Detected (or given) language; null when unknown and no hint was given. */
  lang: SearchLang | null;
  confidence: number;
  /** The query's own content words, as typed and normalized (function words left out). */
  words: string[];
  terms: string[];
  /** Query words that no concept covers, as typed. */
  unmatched: string[];
  concepts: ExpandedConcept[];
  /**
   * Terms to search per language, deduplicated; in the query's language only the synonyms not
   * already typed. Each entry is a phrase to search as written.
   */
  expansions: Record<SearchLang, string[]>;
  /** Preferred term of each concept in every other language, for "Also searched: …". */
  alsoSearched: string[];
}

function emptyExpansions(): Record<SearchLang, string[]> {
  return Object.fromEntries(SEARCH_LANGS.map((l) => [l, [] as string[]])) as unknown as Record<SearchLang, string[]>;
}

export function expandQuery(rawQuery: string, options: ExpandOptions = {}): QueryExpansion {
  const query = rawQuery.normalize('NFKC').trim().slice(0, MAX_QUERY_CHARS);
  const detected = options.lang ? { lang: options.lang, confidence: 1 } : detectLanguage(query, { hint: options.hint });
  const lang = detected?.lang ?? options.hint ?? null;
  const confidence = detected?.confidence ?? 0;
  const expansions = emptyExpansions();
  const result: QueryExpansion = {
    query,
    lang,
    confidence,
    words: [],
    terms: [],
    unmatched: [],
    concepts: [],
    expansions,
    alsoSearched: [],
  };
  if (!query || !lang) {
    if (query) {
      const tokens = analyze(query, 'en', { dropStopWords: true });
      result.words = tokens.map((t) => t.surface);
      result.terms = tokens.map((t) => t.norm);
      result.unmatched = [...result.words];
    }
    return result;
  }

  const tokens = analyze(query, lang, { dropStopWords: true });
  // Chinese: the words are the Han runs and other words, not their bigrams.
  const words = lang === 'zh' ? query.split(/[\s\p{P}\p{S}]+/u).filter(Boolean) : tokens.map((t) => t.surface);
  result.words = words;
  result.terms = lang === 'zh' ? words.map((w) => w.toLowerCase()) : tokens.map((t) => t.norm);

  const matches = findConcepts(query, lang, lang === 'zh' ? {} : { tokens });
  const typed = new Set(matches.map((m) => m.surface.toLowerCase()));
  const seenConcept = new Set<string>();
  const targets = options.langs ?? SEARCH_LANGS;
  const also = new Set<string>();
  const added = Object.fromEntries(SEARCH_LANGS.map((l) => [l, new Set<string>()])) as Record<SearchLang, Set<string>>;
  for (const m of matches) {
    if (seenConcept.has(m.concept.id)) continue;
    seenConcept.add(m.concept.id);
    result.concepts.push({
      id: m.concept.id,
      theme: m.concept.theme,
      matched: m.surface,
      start: m.start,
      end: m.end,
      terms: m.concept.terms,
    });
    for (const l of targets) {
      const terms = m.concept.terms[l] ?? [];
      for (const term of terms) {
        const key = term.toLowerCase();
        if (l === lang && typed.has(key)) continue;
        if (added[l].has(key)) continue;
        added[l].add(key);
        expansions[l].push(term);
      }
      const preferred = terms[0];
      if (preferred && l !== lang && !typed.has(preferred.toLowerCase())) also.add(preferred);
    }
  }
  result.alsoSearched = [...also];
  if (lang === 'zh') {
    result.unmatched = words.filter((w) => !matches.some((m) => w.includes(m.surface) || m.surface.includes(w)));
  } else {
    result.unmatched = tokens
      .filter((t) => !matches.some((m) => t.start >= m.start && t.end <= m.end))
      .map((t) => t.surface);
  }
  return result;
}
