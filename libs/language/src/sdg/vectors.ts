/**
 * SDG concept vectors: cross-language explicit semantic analysis over the official texts of the
 * 17 goals and 169 targets. A text's vector holds its similarity to each goal and target text in
 * the text's own language (TF-IDF over normalized tokens, Chinese by character bigrams), blended
 * with a language-free channel: the glossary concepts the text names against the concepts each
 * target names in any of its six official versions. So a Spanish and an English text on the same
 * topic land on the same dimensions. 186 dimensions, L2-normalized.
 */
import sdgs from '../data/sdgs.json';
import { findConcepts } from '../glossary/glossary';
import { UN_LANGS, type SearchLang, type UnLang } from '../lang';
import { analyze } from '../normalize/tokenize';
import { detectLanguage } from '../detect';

interface SdgData {
  goals: { number: number; short: Record<UnLang, string>; title: Record<UnLang, string> }[];
  targets: { id: string; goal: number; title: Record<UnLang, string> }[];
}
const DATA = sdgs as SdgData;

/** Dimension ids: "1".."17" for the goals, then the 169 targets in official order ("1.1".."17.19"). */
export const CONCEPT_VECTOR_IDS: readonly string[] = [
  ...DATA.goals.map((g) => String(g.number)),
  ...DATA.targets.map((t) => t.id),
];
export const CONCEPT_VECTOR_DIMENSIONS = CONCEPT_VECTOR_IDS.length; // 186
const GOALS = DATA.goals.length;
const DIMS = CONCEPT_VECTOR_DIMENSIONS;
const TARGETS_OF_GOAL: number[][] = DATA.goals.map((g) =>
  DATA.targets.flatMap((t, i) => (t.goal === g.number ? [GOALS + i] : [])),
);

/** Share of the own-language word channel in the blend (the rest is the glossary channel). */
const WORD_WEIGHT = 0.5;
/** Portuguese has no official SDG text here: its words are compared with the Spanish texts, weaker. */
const WORD_WEIGHT_BORROWED = 0.25;
const WORD_DOCS: Record<SearchLang, UnLang> = { en: 'en', fr: 'fr', es: 'es', pt: 'es', ar: 'ar', ru: 'ru', zh: 'zh' };

interface SparseModel {
  idf: Map<string, number>;
  /** feature -> postings (dimension, weight of the feature in that dimension's unit vector). */
  postings: Map<string, { dims: Int32Array; weights: Float32Array }>;
}

function countFeatures(features: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/** TF-IDF (1 + ln tf, ln(N/df) over the target texts) with unit-length dimension vectors. */
function buildModel(docs: readonly Map<string, number>[]): SparseModel {
  const targetDocs = docs.slice(GOALS);
  const n = targetDocs.length;
  const df = new Map<string, number>();
  for (const d of targetDocs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const d of docs)
    for (const f of d.keys()) if (!idf.has(f)) idf.set(f, Math.log((n + 1) / ((df.get(f) ?? 0) + 0.5)));
  const lists = new Map<string, { dims: number[]; weights: number[] }>();
  docs.forEach((d, dim) => {
    let norm = 0;
    const weighted: [string, number][] = [];
    for (const [f, tf] of d) {
      const w = (1 + Math.log(tf)) * (idf.get(f) ?? 0);
      weighted.push([f, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of weighted) {
      let list = lists.get(f);
      if (!list) lists.set(f, (list = { dims: [], weights: [] }));
      list.dims.push(dim);
      list.weights.push(w / norm);
    }
  });
  const postings = new Map<string, { dims: Int32Array; weights: Float32Array }>();
  for (const [f, l] of lists) postings.set(f, { dims: Int32Array.from(l.dims), weights: Float32Array.from(l.weights) });
  return { idf, postings };
}

/** Cosine of a bag of features with every dimension, added into `out` with a weight. */
function score(model: SparseModel, features: Map<string, number>, weight: number, out: Float64Array): void {
  let norm = 0;
  const weighted: [string, number][] = [];
  for (const [f, tf] of features) {
    const idf = model.idf.get(f);
    if (idf === undefined) continue;
    const w = (1 + Math.log(tf)) * idf;
    weighted.push([f, w]);
    norm += w * w;
  }
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (const [f, w] of weighted) {
    const p = model.postings.get(f);
    if (!p) continue;
    for (let i = 0; i < p.dims.length; i++) out[p.dims[i]] += w * scale * p.weights[i];
  }
}

const isNumber = (s: string) => /^\d+$/.test(s);

function wordFeatures(text: string, lang: SearchLang): string[] {
  return analyze(text, lang, { dropStopWords: true })
    .map((t) => t.norm)
    .filter((t) => !isNumber(t));
}

// Themes too general to say which goal a text is about.
const GENERIC_THEMES = new Set(['problems', 'sdg', 'modalities', 'general']);

/**
 * The concepts a text names, plus one "#theme" feature per concept of a catalog theme: a text on
 * mini-grids and electricity then meets the energy targets even though no target says "mini-grid".
 */
function conceptFeatures(text: string, lang: SearchLang): string[] {
  const out: string[] = [];
  for (const m of findConcepts(text, lang, { overlapping: true })) {
    out.push(m.concept.id);
    if (!GENERIC_THEMES.has(m.concept.theme)) out.push('#' + m.concept.theme);
  }
  return out;
}

// Precomputed at load: one word model per official language, one concept model for all.
const loadStarted = performance.now();
/**
 * Features of each dimension in a language, each text analysed once: a goal is its name, its title
 * and all its targets; a target is its own text (plus its goal's name for the word channel; the
 * concept channel reads the target alone, or every target of "Sustainable cities and communities"
 * would claim each text that says "communities").
 */
function dimensionFeatures(
  lang: UnLang,
  features: (text: string, lang: SearchLang) => string[],
  withGoalName: boolean,
) {
  const targets = DATA.targets.map((t) => features(t.title[lang], lang));
  const heads = DATA.goals.map((g) => features(`${g.short[lang]} \n ${g.title[lang]}`, lang));
  const names = DATA.goals.map((g) => features(g.short[lang], lang));
  const goalIndex = new Map(DATA.goals.map((g, i) => [g.number, i]));
  const goalDocs = DATA.goals.map((g, gi) => [
    ...heads[gi],
    ...TARGETS_OF_GOAL[gi].flatMap((dim) => targets[dim - GOALS]),
  ]);
  const targetDocs = DATA.targets.map((t, i) =>
    withGoalName ? [...targets[i], ...names[goalIndex.get(t.goal) ?? 0]] : targets[i],
  );
  return [...goalDocs, ...targetDocs];
}

const WORD_MODELS = Object.fromEntries(
  UN_LANGS.map((l) => [l, buildModel(dimensionFeatures(l, wordFeatures, true).map(countFeatures))]),
) as Record<UnLang, SparseModel>;
// A concept's weight in a dimension: in how many of the six versions it is named (and how often).
const CONCEPT_DOCS = UN_LANGS.map((l) => dimensionFeatures(l, conceptFeatures, false));
const CONCEPT_MODEL = buildModel(
  Array.from({ length: DIMS }, (_, dim) => countFeatures(CONCEPT_DOCS.flatMap((docs) => docs[dim]))),
);

/** Milliseconds this module spent at load building the SDG models. */
export const SDG_MODEL_LOAD_MS = performance.now() - loadStarted;

/**
 * The SDG concept vector of a text (a record's title + summary, or a query): Float32Array of
 * CONCEPT_VECTOR_DIMENSIONS, L2-normalized; all zeros when the text names nothing the SDG texts
 * or the glossary know. The language is detected when not given (English when undetectable).
 */
export function conceptVector(text: string, lang?: SearchLang): Float32Array {
  const language = lang ?? detectLanguage(text)?.lang ?? 'en';
  const acc = new Float64Array(DIMS);
  const wordWeight = language === 'pt' ? WORD_WEIGHT_BORROWED : WORD_WEIGHT;
  score(WORD_MODELS[WORD_DOCS[language]], countFeatures(wordFeatures(text, language)), wordWeight, acc);
  score(CONCEPT_MODEL, countFeatures(conceptFeatures(text, language)), 1 - wordWeight, acc);
  // A goal is as close as its text and its closest target, half and half.
  for (let g = 0; g < GOALS; g++) {
    let best = 0;
    for (const dim of TARGETS_OF_GOAL[g]) best = Math.max(best, acc[dim]);
    acc[g] = (acc[g] + best) / 2;
  }
  let norm = 0;
  for (let i = 0; i < DIMS; i++) norm += acc[i] * acc[i];
  const out = new Float32Array(DIMS);
  if (norm === 0) return out;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < DIMS; i++) out[i] = acc[i] * inv;
  return out;
}

export interface SdgMatch {
  /** "6" for a goal, "6.1" for a target. */
  id: string;
  kind: 'goal' | 'target';
  goal: number;
  /** The vector's component on this dimension (0..1). */
  score: number;
}

function top(vector: ArrayLike<number>, n: number, from: number, to: number, kind: SdgMatch['kind']): SdgMatch[] {
  const picks: SdgMatch[] = [];
  for (let i = from; i < to; i++) {
    const s = vector[i];
    if (!(s > 0)) continue;
    const id = CONCEPT_VECTOR_IDS[i];
    picks.push({ id, kind, goal: Number.parseInt(id, 10), score: s });
  }
  return picks.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id, 'en', { numeric: true })).slice(0, n);
}

/** The n targets with the highest components, best first (the explanation "matched SDG 6.1"). */
export function topTargets(vector: ArrayLike<number>, n = 3): SdgMatch[] {
  return top(vector, n, GOALS, DIMS, 'target');
}

/** The n goals with the highest components, best first. */
export function topGoals(vector: ArrayLike<number>, n = 3): SdgMatch[] {
  return top(vector, n, 0, GOALS, 'goal');
}

/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
