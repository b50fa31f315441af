/**
 * Arabic normalization and light stemming, after the light10 stemmer of Larkey, Ballesteros and
 * Connell ("Light stemming for Arabic information retrieval", 2007) as Lucene implements it:
 * orthographic folding first, then the article and its prefixed forms, then common suffixes.
 */

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Orthographic folding: diacritics and tatweel out, أإآٱ -> ا, ى -> ي, ة -> ه, digits to ASCII. */
export function foldArabic(word: string): string {
  return word
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(ARABIC_INDIC_DIGITS, (d) => String((d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)) % 10));
}

// The definite article and the particles that fuse with it (و and, ب with, ك like, ف so, ل for).
const ARTICLE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Strips the definite article (ال, وال, بال, كال, فال, لل) from a folded word; keeps >= 2 letters. */
export function stripArabicArticle(word: string): string {
  for (const p of ARTICLE_PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= 2) return word.slice(p.length);
  }
  // A lone conjunction و ("and") on a word of four letters or more.
  if (word.startsWith('و') && word.length > 3) return word.slice(1);
  return word;
}

/** Light stem of a folded word: article and prefixed particles, then suffixes (light10). */
export function stemArabic(folded: string): string {
  let word = stripArabicArticle(folded);
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length >= s.length + 2) word = word.slice(0, word.length - s.length);
  }
  return word;
}
