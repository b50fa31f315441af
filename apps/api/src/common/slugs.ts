import { createHash } from 'node:crypto';
import slugify from 'slugify';

/** A readable, URL-safe slug; scripts slugify cannot transliterate (Chinese, Arabic) fall back to `fallback`. */
export function baseSlug(text: string, fallback: string, maxLength = 60): string {
  const slug = slugify(text, { lower: true, strict: true, trim: true }).slice(0, maxLength).replace(/-+$/, '');
  return slug || fallback;
}

/** A short, stable suffix from a key (external id or uuid), so slugs of same-titled records differ. */
export function slugSuffix(key: string, length = 6): string {
  return BigInt(`0x${createHash('sha256').update(key).digest('hex').slice(0, 15)}`)
    .toString(36)
    .slice(0, length)
    .padStart(length, '0');
}
