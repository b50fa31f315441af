/** Tiny template engine and language helpers for the demo data generator. */
import type { ContentLanguage } from '@galaxy/contracts';

export type Lang = ContentLanguage;
export type Slots = Record<string, string | undefined>;

/** A compiled template: literal parts at even indices, slot names at odd indices. */
export interface Template {
  readonly parts: readonly string[];
  readonly slots: ReadonlySet<string>;
}

const SLOT = /\{([A-Za-z0-9_]+)\}/;

export function compile(source: string): Template {
  const parts = source.split(new RegExp(SLOT.source, 'g'));
  const slots = new Set<string>();
  for (let i = 1; i < parts.length; i += 2) slots.add(parts[i]);
  return { parts, slots };
}

export function render(template: Template, slots: Slots): string {
  const { parts } = template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = slots[parts[i]];
    if (value === undefined) throw new Error(`Template slot {${parts[i]}} has no value`);
    out += value + parts[i + 1];
  }
  return out;
}

export const uses = (template: Template, slot: string): boolean => template.slots.has(slot);

/** Upper-cases the first letter (for sentence starts such as "The Philippines", "L’Inde"). */
export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter unless the word looks like an acronym ("ICT", "SDG"). */
export function lcFirst(s: string): string {
  if (s.length < 2) return s.toLowerCase();
  if (s[1] === s[1].toUpperCase() && s[1] !== s[1].toLowerCase()) return s;
  return s[0].toLowerCase() + s.slice(1);
}

const GROUP_SEPARATOR: Record<Lang, string> = {
  en: ',',
  zh: ',',
  ar: ',',
  fr: '\u00a0',
  ru: '\u00a0',
  es: '.',
  pt: '.',
};

export function formatInt(n: number, lang: Lang): string {
  const digits = String(Math.round(n));
  if (digits.length <= 3) return digits;
  const sep = GROUP_SEPARATOR[lang];
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** Joins a list the way each language does ("A, B and C", "A、B和C", "A وB وC"). */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  if (lang === 'ar') return items.join(' و');
  if (lang === 'zh') return items.slice(0, -1).join('、') + '和' + items[items.length - 1];
  const last = { en: ' and ', fr: ' et ', es: ' y ', pt: ' e ', ru: ' и ' }[lang];
  return items.slice(0, -1).join(', ') + last + items[items.length - 1];
}

/** Spanish "y" becomes "e" before a word starting with the sound /i/ ("España e India"). */
export function fixSpanishConjunction(s: string): string {
  return s.replace(/ y (?=[IiÍí]|[Hh][iií](?![eé]))/g, ' e ');
}

/** French "de" elides before a vowel or a mute h: "en matière d’énergie". */
export function frenchDe(nounPhrase: string): string {
  return /^[aeiouyàâäéèêëîïôöûüœh]/i.test(nounPhrase) ? `d’${nounPhrase}` : `de ${nounPhrase}`;
}

/** Lower-case ASCII slug ("Ministère de l’Eau" -> "ministere-de-l-eau"). */
export function slugify(s: string, maxLength = 48): string {
  const ascii = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 10 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}
