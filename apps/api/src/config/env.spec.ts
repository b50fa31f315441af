import { hostname } from 'node:os';
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

describe('network', () => {
  it('listens on loopback by default outside production, on every interface in production', () => {
    expect(loadEnv({}).HOST).toBe('127.0.0.1');
    expect(loadEnv({ NODE_ENV: 'test' }).HOST).toBe('127.0.0.1');
    expect(loadEnv({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    const production = loadEnv({
      NODE_ENV: 'production',
      MEILI_MASTER_KEY: 'a-real-secret-of-sufficient-length',
      DATABASE_URL: 'postgres://u:p@db:5432/galaxy',
      MEILI_URL: 'http://search:7700',
      SMTP_URL: 'smtp://mail:587',
      PUBLIC_URL: 'https://galaxy.example.org',
    });
    expect(production.HOST).toBe('0.0.0.0');
  });

  it('trusts no proxy unless TRUST_PROXY names them: addresses, CIDR ranges or a hop count', () => {
    expect(loadEnv({}).TRUST_PROXY).toBeUndefined();
    expect(loadEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadEnv({ TRUST_PROXY: '10.0.0.0/8, loopback,::1,fd00::/8' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      'loopback',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example', '1.2.3.4/8/1'])
      expect(() => loadEnv({ TRUST_PROXY: bad })).toThrow(/^Invalid environment variable TRUST_PROXY: /);
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

describe('roles', () => {
  it('runs every background job in the default role, none in the api role, all of them in the worker role', () => {
    expect(loadEnv({})).toMatchObject({ GALAXY_ROLE: 'all', INDEXER_ENABLED: true, REMINDERS_ENABLED: true });
    expect(loadEnv({ GALAXY_ROLE: 'api' })).toMatchObject({ INDEXER_ENABLED: false, REMINDERS_ENABLED: false });
    expect(loadEnv({ GALAXY_ROLE: 'worker' })).toMatchObject({ INDEXER_ENABLED: true, REMINDERS_ENABLED: true });
    expect(loadEnv({ GALAXY_ROLE: 'worker', REMINDERS_ENABLED: 'false' })).toMatchObject({
      INDEXER_ENABLED: true,
      REMINDERS_ENABLED: false,
    });
  });

  it('refuses a background job asked of the api role, and an unknown role', () => {
    expect(() => loadEnv({ GALAXY_ROLE: 'api', INDEXER_ENABLED: 'true' })).toThrow(
      /^Invalid environment variable INDEXER_ENABLED: GALAXY_ROLE=api/,
    );
    expect(() => loadEnv({ GALAXY_ROLE: 'indexer' })).toThrow(/GALAXY_ROLE/);
  });

  it('names the replica hostname:pid unless told', () => {
    expect(loadEnv({}).GALAXY_REPLICA_ID).toBe(`${hostname()}:${process.pid}`);
    expect(loadEnv({ GALAXY_REPLICA_ID: 'api-2' }).GALAXY_REPLICA_ID).toBe('api-2');
    expect(() => loadEnv({ GALAXY_REPLICA_ID: 'api 2\r\n' })).toThrow(/GALAXY_REPLICA_ID/);
  });
});
