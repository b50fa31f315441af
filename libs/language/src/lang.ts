/**
 * The languages search understands: the six UN languages plus Portuguese (a content language of
 * the catalog). `zh` is Simplified Chinese.
 */
export const SEARCH_LANGS = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'zh'] as const;
export type SearchLang = (typeof SEARCH_LANGS)[number];

/** The six official UN languages, in which the SDG goal and target texts exist. */
export const UN_LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type UnLang = (typeof UN_LANGS)[number];

export function isSearchLang(value: unknown): value is SearchLang {
  return typeof value === 'string' && (SEARCH_LANGS as readonly string[]).includes(value);
}

/** Languages written in the Latin script: told apart by their words, not their letters. */
export const LATIN_LANGS = ['en', 'fr', 'es', 'pt'] as const satisfies readonly SearchLang[];
