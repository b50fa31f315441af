export * from './lang';
export { analyze, normalizeForSearch, tokenize, type NormalizeOptions, type Token } from './normalize/tokenize';
export { stemRussian } from './normalize/russian-stemmer';
export { foldArabic, stemArabic, stripArabicArticle } from './normalize/arabic';
export { foldLatin } from './normalize/latin';
export { STOP_WORDS } from './normalize/stop-words';
export { detectLanguage, type DetectedLanguage, type DetectOptions } from './detect';
export {
  GLOSSARY,
  GLOSSARY_COLUMNS,
  GLOSSARY_LOAD_MS,
  findConcepts,
  getConcept,
  termKey,
  type Concept,
  type ConceptMatch,
  type FindOptions,
} from './glossary/glossary';
export { expandQuery, MAX_QUERY_CHARS, type ExpandedConcept, type ExpandOptions, type QueryExpansion } from './expand';
export {
  CONCEPT_VECTOR_DIMENSIONS,
  CONCEPT_VECTOR_IDS,
  SDG_MODEL_LOAD_MS,
  conceptVector,
  cosine,
  topGoals,
  topTargets,
  type SdgMatch,
} from './sdg/vectors';
