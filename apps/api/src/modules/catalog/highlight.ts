/** Sentinels that cannot occur in catalog text, turned into <mark> only after escaping. */
export const PRE = '\u0002';
export const POST = '\u0003';

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
