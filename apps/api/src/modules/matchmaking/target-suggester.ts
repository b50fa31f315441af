import { Injectable } from '@nestjs/common';
import type { TargetSuggestionList, UiLanguage } from '@galaxy/contracts';
import { SDG_TARGET_REFS } from '@galaxy/contracts/reference';
import MiniSearch from 'minisearch';

/** Words that say nothing about a topic (English, French, Spanish); the rest of the text decides. */
const STOPWORDS = new Set(
  (
    'the and for with our we want need needs have has are our its their from into that this these those all by of in on to ' +
    'a an or be is as at it not no more most other such which who what how use using including ' +
    'les des une pour avec dans sur par est sont nos notre leur aux du de la le et en un ' +
    'los las del con para por una sus nuestro nuestra que en el y de la un'
  ).split(' '),
);

/** CJK text has no spaces: index it by overlapping character pairs. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
function tokenize(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOPWORDS.has(w));
  return words.flatMap((w) =>
    CJK.test(w) && w.length > 1 ? Array.from({ length: w.length - 1 }, (_, i) => w.slice(i, i + 2)) : [w],
  );
}

/**
 * Suggests SDG targets for a text (the "request support" wizard): the 169 targets' official titles,
 * in the user's language and in English, searched with MiniSearch (BM25, prefix and fuzzy match).
 */
@Injectable()
export class TargetSuggester {
  private readonly engines = new Map<UiLanguage, MiniSearch<{ id: string; text: string }>>();

  private engine(lang: UiLanguage): MiniSearch<{ id: string; text: string }> {
    let engine = this.engines.get(lang);
    if (!engine) {
      engine = new MiniSearch({
        fields: ['text'],
        tokenize,
        searchOptions: { prefix: (term) => term.length > 3, fuzzy: (term) => (term.length > 5 ? 0.2 : false) },
      });
      engine.addAll(
        SDG_TARGET_REFS.map((t) => ({
          id: t.id,
          text: lang === 'en' ? t.title.en : `${t.title[lang]}\n${t.title.en}`,
        })),
      );
      this.engines.set(lang, engine);
    }
    return engine;
  }

  suggest(text: string, lang: UiLanguage, limit = 8): TargetSuggestionList {
    const results = this.engine(lang).search(text, { combineWith: 'OR' });
    const byId = new Map(SDG_TARGET_REFS.map((t) => [t.id, t]));
    const top = results[0]?.score ?? 1;
    return {
      items: results.slice(0, limit).map((r) => {
        const target = byId.get(String(r.id));
        return {
          id: String(r.id),
          goal: Number(String(r.id).split('.')[0]),
          title: target?.title[lang] ?? '',
          score: Math.round((r.score / top) * 100) / 100,
        };
      }),
    };
  }
}
