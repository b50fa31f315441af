import { z } from 'zod';

/*
 * Text that people type. PostgreSQL cannot store U+0000 in text or jsonb, nor a lone UTF-16
 * surrogate in jsonb, and other control characters have no business in a title or a note (U+0002 and
 * U+0003 even mean "highlight" to the search engine). So every text input goes through one of these
 * schemas, which refuse them with 400 VALIDATION_FAILED naming the field, instead of failing deep in
 * the database with a 500.
 */

// C0 controls, DEL and C1 controls; multi-line text may also hold tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// With the `u` flag a class of surrogates matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a string is not acceptable text, or null when it is. */
export function unsafeTextReason(value: string, multiline = false): string | null {
  const control = (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).exec(value);
  if (control) {
    return `Control characters are not allowed (${codePoint(control[0])} at position ${control.index})${
      multiline ? '' : '; this field is a single line'
    }`;
  }
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return `Not valid Unicode: a lone surrogate ${codePoint(surrogate[0])} at position ${surrogate.index}`;
  return null;
}

/** A refinement for any string schema (text, URL, e-mail…): refuses control characters and lone surrogates. */
export const safeText =
  (multiline = false) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const reason = unsafeTextReason(value, multiline);
    if (reason) ctx.addIssue({ code: 'custom', message: reason, input: value });
  };

/**
 * A single line of text (a title, a name, a query): trimmed, then refused if it holds a control
 * character or a lone surrogate. Chain `.min()`, `.max()` as on any string.
 */
export const lineText = () => z.string().trim().superRefine(safeText(false));

/** Text that may span lines (a description, a note, a message): tab, CR and LF are allowed. */
export const multilineText = () => z.string().trim().superRefine(safeText(true));

/** As `lineText`, without trimming (passwords, where every character counts). */
export const untrimmedText = () => z.string().superRefine(safeText(false));
