import { loginPath, safeNext } from './safe-next';

describe('where to go after signing in', () => {
  it('goes back to the page the reader came from, with its search and anchor', () => {
    expect(safeNext('/solutions?sdg=6&page=2#results')).toBe('/solutions?sdg=6&page=2#results');
  });

  it.each([
    ['another site', 'https://evil.example/account'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'account'],
    ['nothing', ''],
    ['a missing parameter', null],
  ])('never leaves the site for %s', (_label, next) => {
    expect(safeNext(next)).toBe('/account');
  });

  it.each(['/login', '/signup?x=1', '/forgot-password', '/reset-password', '/verify-email'])(
    'does not come back to %s, which makes no sense once signed in',
    (next) => {
      expect(safeNext(next, '/curation')).toBe('/curation');
    },
  );

  it('builds a sign-in link that brings the reader back, whatever the address holds', () => {
    const path = loginPath('/solutions?q=water%26sanitation&sdg=6&sdg=7', { reason: 'expired' });
    const params = new URLSearchParams(path.split('?')[1]);
    expect(path.startsWith('/login?')).toBe(true);
    expect(params.get('reason')).toBe('expired');
    expect(safeNext(params.get('next'))).toBe('/solutions?q=water%26sanitation&sdg=6&sdg=7');
  });
});
