import type { DevMail } from '@galaxy/contracts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The development mailbox as a page, served at /dev/mail outside the API (development only). */
export function devMailPage(messages: DevMail[]): string {
  const linked = (text: string) => escape(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
  const items = messages
    .map(
      (m) => `<article lang="${escape(m.language ?? '')}" dir="auto"><h2>${escape(m.subject)}</h2>
        <p><strong>To:</strong> ${escape(m.to.join(', '))} · <time>${escape(m.receivedAt)}</time></p>
        <pre>${linked(m.text)}</pre></article>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Development mailbox — Galaxy</title>
    <style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:8px;padding:0 1rem;margin:1rem 0}pre{white-space:pre-wrap}</style>
    </head><body><main><h1>Development mailbox</h1><p>Every email Galaxy sent since it started (development only; newest first).</p>
    ${items || '<p>No mail yet.</p>'}</main></body></html>`;
}
