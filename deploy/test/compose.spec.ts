import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { apiEnvNames } from './api-env';

/**
 * docker-compose.yml: the default stack as it was (one `app` over PostgreSQL and Meilisearch) and
 * the `cluster` profile (API replicas, one worker, the migration, nginx). The file itself is read
 * everywhere; `docker compose config` (Compose v2) or `docker-compose config` (v1, Debian's
 * docker-compose package, which CI installs) checks it as Docker would, where either exists.
 */
const root = join(__dirname, '../..');
const composeFile = join(root, 'docker-compose.yml');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  profiles?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number | string };
  ports?: unknown[];
  volumes?: string[];
  healthcheck?: { test: string[] };
}
interface Compose {
  services: Record<string, Service>;
}

const file = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as Compose;
const active = (compose: Compose, profiles: string[]) =>
  Object.keys(compose.services)
    .filter((name) => {
      const own = compose.services[name].profiles;
      return !own || own.some((p) => profiles.includes(p));
    })
    .sort();

describe('docker-compose.yml as written', () => {
  it('starts the same three services by default as before, the single app running every role', () => {
    expect(active(file, [])).toEqual(['app', 'meilisearch', 'postgres']);
    expect(file.services.app.environment?.GALAXY_ROLE).toBeUndefined();
    expect(file.services.app.ports).toEqual(['3000:3000']);
  });

  it('adds API replicas, one worker, a one-shot migration and nginx in the cluster profile', () => {
    expect(active(file, ['cluster'])).toEqual(['api', 'app', 'meilisearch', 'migrate', 'nginx', 'postgres', 'worker']);
    const { api, worker, migrate, nginx } = file.services;
    expect(api.environment).toMatchObject({ GALAXY_ROLE: 'api', TRUST_PROXY: '1', NODE_ENV: 'production' });
    expect(api.deploy?.replicas).toBe('${GALAXY_API_REPLICAS:-3}');
    // Replicas are reached through nginx only, so trusting one hop cannot be abused from outside.
    expect(api.ports).toBeUndefined();
    expect(api.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
    expect(api.healthcheck?.test.join(' ')).toContain('/api/v1/ready');
    expect(worker.environment).toMatchObject({ GALAXY_ROLE: 'worker' });
    expect(worker.deploy).toBeUndefined();
    expect(worker.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
    expect(migrate.command).toEqual(['node', 'dist/apps/api/cli.js', 'migrate']);
    expect(migrate.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      meilisearch: { condition: 'service_healthy' },
    });
    for (const service of [api, worker, migrate]) {
      expect(service.image).toBe('${GALAXY_IMAGE:-galaxy:local}');
      expect(service.environment).toMatchObject({
        DATABASE_URL: 'postgres://galaxy:${POSTGRES_PASSWORD}@postgres:5432/galaxy',
        MEILI_URL: 'http://meilisearch:7700',
      });
    }
    expect(nginx.image).toMatch(/^nginx:1\.(2[89]|[3-9]\d)/);
    expect(nginx.volumes).toEqual(['./deploy/nginx/galaxy.conf:/etc/nginx/conf.d/default.conf:ro']);
    expect(nginx.depends_on).toMatchObject({ api: { condition: 'service_healthy' } });
  });

  it('sets only variables the API reads', () => {
    const known = apiEnvNames();
    for (const name of ['app', 'migrate', 'api', 'worker']) {
      const unknown = Object.keys(file.services[name].environment ?? {}).filter((v) => !known.has(v));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    }
  });

  it('points nginx at the api service and retries only what is safe to retry', () => {
    const conf = readFileSync(join(root, 'deploy/nginx/galaxy.conf'), 'utf8');
    expect(conf).toMatch(/^\s*server api:3000 resolve\b/m);
    expect(conf).toMatch(/^\s*resolver 127\.0\.0\.11\b/m);
    expect(conf).toMatch(/^\s*proxy_next_upstream error timeout http_502 http_503 http_504;/m);
    // `non_idempotent` would let nginx send a POST to a second replica after the first got it.
    expect(conf).not.toMatch(/^[^#]*non_idempotent/m);
    expect(conf).toMatch(/^\s*listen 8080;/m);
  });
});

type Cli = { command: string; args: string[]; version: 1 | 2 };

function findComposeCli(): Cli | undefined {
  const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (v2.status === 0) return { command: 'docker', args: ['compose'], version: 2 };
  const v1 = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
  if (v1.status === 0) return { command: 'docker-compose', args: [], version: 1 };
  return undefined;
}

const cli = findComposeCli();
const dummyEnv = {
  POSTGRES_PASSWORD: 'dummy-postgres-password',
  MEILI_MASTER_KEY: 'dummy-master-key-0123456789',
  SMTP_URL: 'smtp://user:pass@mail.example.org:587',
};

function composeConfig(profiles: string[], env: Record<string, string>) {
  if (!cli) throw new Error('no compose CLI');
  // Only PATH and the given values: no variable of the caller's shell or .env changes the result.
  return spawnSync(
    cli.command,
    [
      ...cli.args,
      '-f',
      composeFile,
      '--project-directory',
      root,
      ...profiles.flatMap((p) => ['--profile', p]),
      'config',
    ],
    { encoding: 'utf8', cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } },
  );
}

describe('the compose CLI', () => {
  it('is present in CI, so the check below runs there', () => {
    // Outside CI, a machine without Docker Compose runs the checks of the file above only.
    expect(Boolean(cli) || !process.env.CI).toBe(true);
  });

  if (!cli) return;

  it(`parses both profiles (${cli.command} ${cli.args.join(' ')}, v${cli.version})`, () => {
    const plain = composeConfig([], dummyEnv);
    expect(plain.stderr).not.toMatch(/error/i);
    expect(plain.status).toBe(0);
    const cluster = composeConfig(['cluster'], { ...dummyEnv, GALAXY_API_REPLICAS: '4' });
    expect(cluster.status).toBe(0);
    const normalized = parse(cluster.stdout) as Compose;
    expect(normalized.services.api.deploy?.replicas).toBe(4);
    expect(normalized.services.api.environment).toMatchObject({
      GALAXY_ROLE: 'api',
      DATABASE_URL: 'postgres://galaxy:dummy-postgres-password@postgres:5432/galaxy',
    });
    expect(normalized.services.worker.environment?.GALAXY_ROLE).toBe('worker');
    expect(Object.keys(normalized.services).sort()).toEqual(
      ['api', 'app', 'meilisearch', 'migrate', 'nginx', 'postgres', 'worker'].sort(),
    );
    if (cli.version === 2) {
      // Compose v2 leaves out the services of profiles that are not active (v1 lists them all).
      expect(Object.keys((parse(plain.stdout) as Compose).services).sort()).toEqual(['app', 'meilisearch', 'postgres']);
    }
    expect(existsSync(join(root, 'deploy/nginx/galaxy.conf'))).toBe(true);
  });

  it('refuses to start without the secrets, naming the missing one', () => {
    const { POSTGRES_PASSWORD: _omitted, ...withoutPassword } = dummyEnv;
    const result = composeConfig(['cluster'], withoutPassword);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('set POSTGRES_PASSWORD in .env');
  });
});
