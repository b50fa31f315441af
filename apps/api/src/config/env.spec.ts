import { DEV_MEILI_MASTER_KEY, EnvError, loadEnv } from './env';

describe('environment', () => {
  it('gives development defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, MEILI_MASTER_KEY: DEV_MEILI_MASTER_KEY });
  });

  it('refuses the development key and missing service URLs in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(EnvError);
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/MEILI_MASTER_KEY/);
    const env = loadEnv({
      NODE_ENV: 'production',
      MEILI_MASTER_KEY: 'a-real-secret-of-sufficient-length',
      DATABASE_URL: 'postgres://u:p@db:5432/galaxy',
      MEILI_URL: 'http://search:7700',
      SMTP_URL: 'smtp://mail:587',
      PUBLIC_URL: 'https://galaxy.example.org',
    });
    expect(env.NODE_ENV).toBe('production');
  });

  it('names the variable at fault in one line', () => {
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/^Invalid environment variable PORT: /);
  });
});

describe('empty variables', () => {
  it('treats an empty value as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', MEILI_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});

describe('database limits', () => {
  it('has defaults that bound every wait, and refuses a negative timeout', () => {
    expect(loadEnv({})).toMatchObject({
      DATABASE_ACQUIRE_TIMEOUT_MS: 5000,
      DATABASE_STATEMENT_TIMEOUT_MS: 30000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 15000,
    });
    expect(loadEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).DATABASE_STATEMENT_TIMEOUT_MS).toBe(0);
    expect(() => loadEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
  });
});
