/**
 * Glossary coverage against the official SDG texts (the parallel corpus): per language, how many
 * concepts have terms, how many terms occur in the goal and target texts of that language, and
 * how often a concept named in the English text of a target is also found in the same target's
 * text in the other language (agreement). Printed by `npm run glossary:report`.
 */
import sdgs from '../data/sdgs.json';
import { SEARCH_LANGS, type SearchLang, type UnLang } from '../lang';
import { analyze } from '../normalize/tokenize';
import { findConcepts, GLOSSARY, termKey } from './glossary';

interface SdgTexts {
  goals: { number: number; title: Record<UnLang, string> }[];
  targets: { id: string; title: Record<UnLang, string> }[];
}
const DATA = sdgs as SdgTexts;

export interface LanguageCoverage {
  lang: SearchLang;
  concepts: number;
  terms: number;
  /** Terms that occur in this language's SDG texts (null for Portuguese: no official text here). */
  termsInSdgTexts: number | null;
  conceptsInSdgTexts: number | null;
  /** Of the (target, concept) pairs found in English, the share also found in this language. */
  agreementWithEnglish: number | null;
  /** Concepts most often found in English targets but not in this language's version. */
  misses: { id: string; targets: number }[];
}

export interface GlossaryReport {
  concepts: number;
  themes: Record<string, number>;
  languages: LanguageCoverage[];
}

function corpus(lang: UnLang): string[] {
  return [...DATA.goals.map((g) => g.title[lang]), ...DATA.targets.map((t) => t.title[lang])];
}

function keyed(text: string, lang: UnLang): string {
  if (lang === 'zh')
    return text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '');
  return ` ${analyze(text, lang, { dropStopWords: true })
    .map((t) => t.norm)
    .join(' ')} `;
}

export function glossaryReport(): GlossaryReport {
  const themes: Record<string, number> = {};
  for (const c of GLOSSARY) themes[c.theme] = (themes[c.theme] ?? 0) + 1;
  const perTarget = (lang: UnLang) =>
    DATA.targets.map((t) => new Set(findConcepts(t.title[lang], lang, { overlapping: true }).map((m) => m.concept.id)));
  const english = perTarget('en');
  const languages = SEARCH_LANGS.map((lang): LanguageCoverage => {
    const withTerms = GLOSSARY.filter((c) => (c.terms[lang] ?? []).length > 0);
    const terms = withTerms.reduce((n, c) => n + (c.terms[lang] ?? []).length, 0);
    if (lang === 'pt') {
      return {
        lang,
        concepts: withTerms.length,
        terms,
        termsInSdgTexts: null,
        conceptsInSdgTexts: null,
        agreementWithEnglish: null,
        misses: [],
      };
    }
    const un = lang as UnLang;
    const texts = corpus(un).map((t) => keyed(t, un));
    let termsIn = 0;
    const conceptsIn = new Set<string>();
    for (const c of withTerms) {
      for (const term of c.terms[lang] ?? []) {
        const key = termKey(term, lang);
        if (!key) continue;
        const needle = lang === 'zh' ? key : ` ${key} `;
        if (texts.some((t) => t.includes(needle))) {
          termsIn++;
          conceptsIn.add(c.id);
        }
      }
    }
    const own = un === 'en' ? english : perTarget(un);
    let pairs = 0;
    let agreed = 0;
    const missCount = new Map<string, number>();
    english.forEach((ids, i) => {
      for (const id of ids) {
        pairs++;
        if (own[i].has(id)) agreed++;
        else missCount.set(id, (missCount.get(id) ?? 0) + 1);
      }
    });
    const misses = [...missCount]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([id, targets]) => ({ id, targets }));
    return {
      lang,
      concepts: withTerms.length,
      terms,
      termsInSdgTexts: termsIn,
      conceptsInSdgTexts: conceptsIn.size,
      agreementWithEnglish: pairs ? agreed / pairs : null,
      misses,
    };
  });
  return { concepts: GLOSSARY.length, themes, languages };
}

export function formatGlossaryReport(report: GlossaryReport, verbose = false): string {
  const lines: string[] = [];
  lines.push(`Glossary: ${report.concepts} concepts in ${Object.keys(report.themes).length} themes`);
  lines.push(
    Object.entries(report.themes)
      .map(([t, n]) => `${t} ${n}`)
      .join(', '),
  );
  lines.push('');
  lines.push('lang  concepts  coverage  terms  terms in SDG texts  concepts in SDG texts  agreement with en (targets)');
  for (const l of report.languages) {
    const pct = ((100 * l.concepts) / report.concepts).toFixed(1).padStart(6) + '%';
    const inSdg = l.termsInSdgTexts === null ? '—' : String(l.termsInSdgTexts);
    const cIn = l.conceptsInSdgTexts === null ? '—' : String(l.conceptsInSdgTexts);
    const agree = l.agreementWithEnglish === null ? '—' : (100 * l.agreementWithEnglish).toFixed(1) + '%';
    lines.push(
      `${l.lang.padEnd(4)}  ${String(l.concepts).padStart(8)}  ${pct}  ${String(l.terms).padStart(5)}  ${inSdg.padStart(18)}  ${cIn.padStart(21)}  ${agree.padStart(27)}`,
    );
  }
  if (verbose) {
    for (const l of report.languages) {
      if (!l.misses.length || l.lang === 'en') continue;
      lines.push('');
      lines.push(`${l.lang}: concepts found in English targets but not in the ${l.lang} version (targets):`);
      lines.push('  ' + l.misses.map((m) => `${m.id} (${m.targets})`).join(', '));
    }
  }
  return lines.join('\n');
}
