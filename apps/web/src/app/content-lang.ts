import type { ContentLanguage } from '@galaxy/contracts';

const RTL_CONTENT: readonly ContentLanguage[] = ['ar'];

/**
 * `lang` and `dir` for text written in a catalog entry's own language, which may differ from the
 * UI's: screen readers then pronounce it right, and Arabic text runs right-to-left in any UI.
 */
export function contentLangProps(language: ContentLanguage): { lang: string; dir: 'rtl' | 'ltr' } {
  return { lang: language, dir: RTL_CONTENT.includes(language) ? 'rtl' : 'ltr' };
}
