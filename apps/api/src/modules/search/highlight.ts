import { randomBytes } from 'node:crypto';

/**
 * The tags Meilisearch puts around matches, turned into <mark> only after escaping. They carry a
 * random value drawn when the process starts, so no text a user writes can contain them (fixed
 * control characters such as \u0002 could be typed into any field and became <mark>). They are
 * query parameters, not index settings, so every process may draw its own.
 */
const NONCE = randomBytes(12).toString('hex');
export const PRE = `gxmark${NONCE}open`;
export const POST = `gxmark${NONCE}close`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes the text, then wraps the matches Meilisearch marked in <mark>…</mark>. */
export function safeHighlight(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(PRE, '<mark>')
    .replaceAll(POST, '</mark>');
}

/** Plain text (no marks), escaped, for the degraded path which has no highlighting. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
