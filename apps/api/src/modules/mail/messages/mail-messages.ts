import type { MatchStage, MemberRole, Reason, ReviewDecision, UiLanguage } from '@galaxy/contracts';

/** A mail's words: its subject line and its plain-text body. */
export interface MailText {
  subject: string;
  text: string;
}

/** A curator's review decision, or taking a published solution down. */
export type CurationDecision = ReviewDecision | 'unpublish';

/**
 * Every mail Galaxy sends, written once per UI language. Each language file implements all of it,
 * so a missing mail or a wrong parameter is a compile error, not an English mail at run time.
 * Names, titles and notes written by people go in as they are; codes (stages, roles, decisions,
 * reasons) are put into words by the catalog.
 */
export interface MailMessages {
  verifyEmail(p: { link: string; hours: number }): MailText;
  resetPassword(p: { link: string; hours: number }): MailText;
  /** After repeated failed sign-ins: a one-time link that lifts the throttle for the owner. */
  unlockLogin(p: { link: string; hours: number }): MailText;
  /** Sign-up with an address that has an account already: tells its owner, never the caller. */
  signupExisting(p: { loginLink: string; resetLink: string }): MailText;
  invitation(p: { inviter: string; organization: string; role: MemberRole; link: string; days: number }): MailText;
  contactMessage(p: { sender: string; senderEmail: string; organization: string; message: string }): MailText;
  solutionSubmitted(p: { title: string; organization: string; revision: boolean; link: string }): MailText;
  solutionDecided(p: { decision: CurationDecision; title: string; note: string | null; link: string }): MailText;
  verificationReminder(p: { title: string; months: number; validDays: number; link: string }): MailText;
  matchIntroduction(p: {
    recipient: string;
    provider: string;
    need: string;
    reasons: readonly Reason[];
    note: string | undefined;
    link: string;
  }): MailText;
  matchStage(p: {
    need: string;
    recipient: string;
    provider: string;
    stage: MatchStage;
    note: string | undefined;
    link: string;
  }): MailText;
  matchMessage(p: { author: string; need: string; body: string; link: string }): MailText;
  matchIdle(p: {
    days: number;
    need: string;
    recipient: string;
    provider: string;
    stage: MatchStage;
    link: string;
  }): MailText;
}

/** The plural categories each language needs for the counts in mails (days, hours, solutions). */
interface PluralCategories {
  en: 'one' | 'other';
  fr: 'one' | 'other';
  es: 'one' | 'other';
  ar: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
  ru: 'one' | 'few' | 'many' | 'other';
  zh: 'other';
}

/** `plural(n, { one: …, other: … })`: the form the language's CLDR rules choose for n. */
export function pluralsOf<L extends UiLanguage>(
  language: L,
): (count: number, forms: Record<PluralCategories[L], string>) => string {
  const rules = new Intl.PluralRules(language);
  return (count, forms) => {
    const all: Partial<Record<Intl.LDMLPluralRule, string>> = forms;
    return all[rules.select(count)] ?? all.other ?? '';
  };
}

/** A language's name in another language, e.g. "fr" in Russian → "французский". */
export function languageNamesIn(language: UiLanguage): (code: string) => string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return (code) => names.of(code) ?? code;
}
