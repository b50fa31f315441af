import type { ElementType } from 'react';

interface HighlightedProps {
  as?: ElementType;
  text: string;
  /** The API's highlight: HTML-escaped text in which only <mark>…</mark> is markup. */
  html?: string;
  className?: string;
  lang?: string;
  dir?: string;
}

/** Text with the search words marked, as the API highlighted them. */
export function Highlighted({ as: Tag = 'span', text, html, ...rest }: HighlightedProps) {
  // The API escapes everything but <mark>, so this HTML is safe by construction.
  if (html) return <Tag {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
  return <Tag {...rest}>{text}</Tag>;
}
