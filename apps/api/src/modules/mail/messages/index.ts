import { UI_LANGUAGES, type UiLanguage } from '@galaxy/contracts';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { MailMessages } from './mail-messages';
import { ru } from './ru';
import { zh } from './zh';

export type { MailMessages, MailText } from './mail-messages';

export const MAIL_MESSAGES: Record<UiLanguage, MailMessages> = { en, fr, es, ar, ru, zh };

export const isMailLanguage = (language: string): language is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(language);

/** A language to write a mail in: this one if Galaxy speaks it (a solution may be in Portuguese), else English. */
export function mailLanguage(language: string | null | undefined): UiLanguage {
  return language && isMailLanguage(language) ? language : 'en';
}
