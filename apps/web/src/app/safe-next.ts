/** Pages that make no sense to come back to after signing in. */
const NOT_AFTER_SIGN_IN = ['/login', '/signup', '/forgot-password', '/reset-password', '/verify-email'];

/**
 * The page to go to after signing in, from a `next` search parameter: only a path on this site
 * (never "//evil.example" or "https://…", which would make the sign-in page an open redirect).
 */
export function safeNext(next: string | null | undefined, fallback = '/account'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, window.location.origin);
    if (url.origin !== window.location.origin) return fallback;
    if (NOT_AFTER_SIGN_IN.includes(url.pathname)) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/** "/login?next=…" that brings the reader back here. */
export function loginPath(next: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...extra, next });
  return `/login?${params.toString()}`;
}
