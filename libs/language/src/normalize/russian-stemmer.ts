/**
 * The Snowball stemmer for Russian (M. Porter, snowballstem.org/algorithms/russian/stemmer.html),
 * written here from the published algorithm because no stemming package is installed. Input is a
 * lowercase word with ё already folded to е; output is its stem ("питьевая", "питьевой",
 * "питьевую" -> "питьев").
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

// Endings of each class, longest first so the first hit is the longest match.
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

const PERFECTIVE_GERUND_1 = byLength(['в', 'вши', 'вшись']); // preceded by а or я
const PERFECTIVE_GERUND_2 = byLength(['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
const ADJECTIVE = byLength([
  'ее',
  'ие',
  'ые',
  'ое',
  'ими',
  'ыми',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'его',
  'ого',
  'ему',
  'ому',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
]);
const PARTICIPLE_1 = byLength(['ем', 'нн', 'вш', 'ющ', 'щ']); // preceded by а or я
const PARTICIPLE_2 = byLength(['ивш', 'ывш', 'ующ']);
const REFLEXIVE = byLength(['ся', 'сь']);
const VERB_1 = byLength([
  'ла',
  'на',
  'ете',
  'йте',
  'ли',
  'й',
  'л',
  'ем',
  'н',
  'ло',
  'но',
  'ет',
  'ют',
  'ны',
  'ть',
  'ешь',
  'нно',
]); // preceded by а or я
const VERB_2 = byLength([
  'ила',
  'ыла',
  'ена',
  'ейте',
  'уйте',
  'ите',
  'или',
  'ыли',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ило',
  'ыло',
  'ено',
  'ят',
  'ует',
  'уют',
  'ит',
  'ыт',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ую',
  'ю',
]);
const NOUN = byLength([
  'а',
  'ев',
  'ов',
  'ие',
  'ье',
  'е',
  'иями',
  'ями',
  'ами',
  'еи',
  'ии',
  'и',
  'ией',
  'ей',
  'ой',
  'ий',
  'й',
  'иям',
  'ям',
  'ием',
  'ем',
  'ам',
  'ом',
  'о',
  'у',
  'ах',
  'иях',
  'ях',
  'ы',
  'ь',
  'ию',
  'ью',
  'ю',
  'ия',
  'ья',
  'я',
]);
const SUPERLATIVE = byLength(['ейш', 'ейше']);
const DERIVATIONAL = byLength(['ост', 'ость']);

/** Index where the region after the first vowel (RV) starts, or word.length. */
function rvStart(word: string): number {
  for (let i = 0; i < word.length; i++) if (VOWELS.has(word[i])) return i + 1;
  return word.length;
}

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return i + 1;
  }
  return word.length;
}

/** Longest ending of `list` that lies within [start, end) of the word; its length or 0. */
function findEnding(word: string, start: number, list: readonly string[]): number {
  for (const e of list) if (word.length - e.length >= start && word.endsWith(e)) return e.length;
  return 0;
}

/** As findEnding, for the classes whose endings must follow а or я (which stays). */
function findEndingAfterAYa(word: string, start: number, list: readonly string[]): number {
  for (const e of list) {
    const at = word.length - e.length;
    if (at - 1 >= start && word.endsWith(e) && (word[at - 1] === 'а' || word[at - 1] === 'я')) return e.length;
  }
  return 0;
}

function removeClass(word: string, rv: number, group1: readonly string[], group2: readonly string[]): string | null {
  const n1 = findEndingAfterAYa(word, rv, group1);
  const n2 = findEnding(word, rv, group2);
  const n = Math.max(n1, n2);
  return n > 0 ? word.slice(0, word.length - n) : null;
}

function removeAdjectival(word: string, rv: number): string | null {
  const n = findEnding(word, rv, ADJECTIVE);
  if (n === 0) return null;
  const stem = word.slice(0, word.length - n);
  const withoutParticiple = removeClass(stem, rv, PARTICIPLE_1, PARTICIPLE_2);
  return withoutParticiple ?? stem;
}

export function stemRussian(input: string): string {
  let word = input;
  const rv = rvStart(word);
  if (rv >= word.length) return word;
  const r1 = regionAfter(word, 0);
  const r2 = regionAfter(word, r1);

  // Step 1.
  const gerund = removeClass(word, rv, PERFECTIVE_GERUND_1, PERFECTIVE_GERUND_2);
  if (gerund !== null) {
    word = gerund;
  } else {
    const reflexive = findEnding(word, rv, REFLEXIVE);
    if (reflexive) word = word.slice(0, word.length - reflexive);
    const next = removeAdjectival(word, rv) ?? removeClass(word, rv, VERB_1, VERB_2) ?? removeClass(word, rv, [], NOUN);
    if (next !== null) word = next;
  }

  // Step 2.
  if (word.length - 1 >= rv && word.endsWith('и')) word = word.slice(0, -1);

  // Step 3.
  const derivational = findEnding(word, Math.max(r2, rv), DERIVATIONAL);
  if (derivational) word = word.slice(0, word.length - derivational);

  // Step 4.
  if (word.length - 2 >= rv && word.endsWith('нн')) {
    word = word.slice(0, -1);
  } else {
    const superlative = findEnding(word, rv, SUPERLATIVE);
    if (superlative) {
      word = word.slice(0, word.length - superlative);
      if (word.length - 2 >= rv && word.endsWith('нн')) word = word.slice(0, -1);
    } else if (word.length - 1 >= rv && word.endsWith('ь')) {
      word = word.slice(0, -1);
    }
  }
  return word;
}
