/**
 * Tokenization and normalization for indexing and queries. Every token is routed by its script:
 * Han runs become character bigrams, Arabic words are folded and light-stemmed, Cyrillic words
 * are lowercased, ё -> е, and Snowball-stemmed, Latin words are accent-folded and light-stemmed
 * by the rules of the text's language (English rules inside Arabic, Russian or Chinese text).
 */
import type { SearchLang } from '../lang';
import { foldArabic, stemArabic, stripArabicArticle } from './arabic';
import { foldLatin, stemEnglish, stemFrench, stemPortuguese, stemSpanish, stripElision } from './latin';
import { stemRussian } from './russian-stemmer';
import { STOP_WORDS } from './stop-words';

export interface NormalizeOptions {
  /** Stem (Arabic light10 suffixes, Russian Snowball, Latin plurals). Default true. */
  stem?: boolean;
  /** Leave out function words ("the", "de", "في", "и"). Default false. */
  dropStopWords?: boolean;
}

export interface Token {
  /** Normalized form: what the index and the glossary compare. */
  norm: string;
  /** The words as written, for highlights and "Also searched". */
  surface: string;
  /** UTF-16 offsets of the surface in text.normalize('NFKC') (the text itself, for ordinary text). */
  start: number;
  end: number;
  /** A function word of the token's language. */
  stop: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const LATIN_STEM: Record<SearchLang, (w: string) => string> = {
  en: stemEnglish,
  fr: stemFrench,
  es: stemSpanish,
  pt: stemPortuguese,
  ar: stemEnglish,
  ru: stemEnglish,
  zh: stemEnglish,
};

function latinLangOf(lang: SearchLang): SearchLang {
  return lang === 'fr' || lang === 'es' || lang === 'pt' ? lang : 'en';
}

function pushWord(out: Token[], surface: string, start: number, lang: SearchLang, stem: boolean): void {
  const end = start + surface.length;
  if (ARABIC.test(surface)) {
    const folded = foldArabic(surface);
    if (!folded) return;
    const stop = STOP_WORDS.ar.has(folded);
    const norm = stem ? stemArabic(folded) : stripArabicArticle(folded);
    out.push({ norm, surface, start, end, stop });
    return;
  }
  if (CYRILLIC.test(surface)) {
    const folded = surface.toLowerCase().replace(/ё/g, 'е').replace(/['’]/g, '');
    const stop = STOP_WORDS.ru.has(folded);
    out.push({ norm: stem ? stemRussian(folded) : folded, surface, start, end, stop });
    return;
  }
  const latin = latinLangOf(lang);
  let folded = foldLatin(surface).replace(/’/g, "'");
  if (latin === 'fr' || latin === 'en') {
    if (latin === 'fr') folded = stripElision(folded);
  } else {
    folded = folded.replace(/'/g, '');
  }
  if (!folded) return;
  const stop = STOP_WORDS[latin].has(folded);
  if (latin === 'en' && folded.includes("'") && !folded.endsWith("'s")) folded = folded.replace(/'/g, '');
  out.push({ norm: stem ? LATIN_STEM[latin](folded) : folded, surface, start, end, stop });
}

function pushHan(out: Token[], run: string, start: number): void {
  const chars = [...run];
  if (chars.length === 1) {
    out.push({ norm: run, surface: run, start, end: start + run.length, stop: STOP_WORDS.zh.has(run) });
    return;
  }
  let offset = start;
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i] + chars[i + 1];
    out.push({ norm: bigram, surface: bigram, start: offset, end: offset + bigram.length, stop: false });
    offset += chars[i].length;
  }
}

/** Tokens with their surface and offsets (for highlighting and phrase matching). */
export function analyze(text: string, lang: SearchLang, options: NormalizeOptions = {}): Token[] {
  const stem = options.stem ?? true;
  const input = text.normalize('NFKC');
  const out: Token[] = [];
  for (const m of input.matchAll(WORD)) {
    const word = m[0];
    const at = m.index ?? 0;
    if (!HAN.test(word)) {
      pushWord(out, word, at, lang, stem);
      continue;
    }
    // A word mixing Han and other letters ("2030年", "GDP增长"): Han runs as bigrams, the rest as words.
    let last = 0;
    for (const h of word.matchAll(HAN_RUN)) {
      const hAt = h.index ?? 0;
      if (hAt > last) pushWord(out, word.slice(last, hAt), at + last, lang, stem);
      pushHan(out, h[0], at + hAt);
      last = hAt + h[0].length;
    }
    if (last < word.length) pushWord(out, word.slice(last), at + last, lang, stem);
  }
  return options.dropStopWords ? out.filter((t) => !t.stop) : out;
}

/** Normalized tokens of a text in a language: what to index and what to query. */
export function tokenize(text: string, lang: SearchLang, options: NormalizeOptions = {}): string[] {
  return analyze(text, lang, options).map((t) => t.norm);
}

/**
 * The text as one normalized string (tokens joined by spaces), for an index field or a query:
 * normalizeForSearch('والتطعيم', 'ar') === 'تطعيم'; normalizeForSearch('Питьевую воду', 'ru') ===
 * 'питьев вод'; normalizeForSearch('饮用水', 'zh') === '饮用 用水'.
 */
export function normalizeForSearch(text: string, lang: SearchLang, options: NormalizeOptions = {}): string {
  return tokenize(text, lang, options).join(' ');
}
