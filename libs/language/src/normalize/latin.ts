/**
 * Accent folding and light plural (and gender) stripping for English, French, Spanish and
 * Portuguese, in the spirit of J. Savoy's light stemmers: enough for "agua"/"aguas",
 * "rural"/"ruraux", "vacinação"/"vacinações" to meet, without the over-stemming of full Snowball.
 */

/** Lowercase, strip combining accents (é -> e, ç -> c, ñ -> n), fold ligatures. */
export function foldLatin(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** French elided articles and pronouns: l'eau -> eau, d'accès -> accès, qu'il -> il. */
export function stripElision(word: string): string {
  const m = /^(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)['’](.+)$/u.exec(word);
  return m ? m[1] : word;
}

export function stemEnglish(w: string): string {
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(?:sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export function stemFrench(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('eaux')) return w.slice(0, -1);
  if (w.endsWith('aux') && w.length > 4) return w.slice(0, -3) + 'al';
  if (/[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function stemSpanish(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ces') && w.length > 4) return w.slice(0, -3) + 'z';
  if (w.endsWith('es') && w.length > 4 && !/[aeiou]es$/.test(w)) w = w.slice(0, -2);
  // Only -as, -es, -os are plurals: país, crisis, análisis keep their s.
  else if (/[aeo]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}

export function stemPortuguese(w: string): string {
  if (w.length <= 3) return w;
  if (/(?:oes|aes)$/.test(w)) w = w.slice(0, -3) + 'ao';
  else if (w.endsWith('ais') && w.length > 4) w = w.slice(0, -3) + 'al';
  else if (w.endsWith('eis') && w.length > 4) w = w.slice(0, -3) + 'el';
  else if (w.endsWith('ns')) w = w.slice(0, -2) + 'm';
  else if (/[aeo]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}
