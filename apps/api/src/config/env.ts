import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { z } from 'zod';

/** Dev-only defaults: convenient locally, refused in production. */
export const DEV_MEILI_MASTER_KEY = 'galaxy-dev-master-key-not-for-production';
export const DEV_DEMO_PASSWORD = 'galaxy-demo-password';

const booleanFromString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Names proxy-addr (Fastify's trustProxy) knows for groups of addresses. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrCidr = (entry: string): boolean => {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

/**
 * Which proxies may set X-Forwarded-For, as Fastify's `trustProxy` takes it: a hop count (`1`), or
 * addresses and CIDR ranges (`10.0.0.0/8,loopback`). Unset: none, so the client address is the peer's
 * and a forged header cannot dodge a per-address limit. `true` (trust anyone) is refused on purpose.
 */
const trustProxy = z
  .string()
  .trim()
  .refine((value) => /^\d+$/.test(value) || value.split(',').every((e) => isAddressOrCidr(e.trim())), {
    message: 'a hop count, or comma-separated IP addresses / CIDR ranges (or loopback, linklocal, uniquelocal)',
  })
  .transform((value): number | string[] =>
    /^\d+$/.test(value) ? Number(value) : value.split(',').map((e) => e.trim()),
  );

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
/** Whether the server only answers this machine (the development mailbox is readable only then). */
export const isLoopbackHost = (host: string): boolean => LOOPBACK_HOSTS.has(host.toLowerCase());

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Default: 127.0.0.1 outside production (this machine only), 0.0.0.0 in production. */
    HOST: z.string().min(1).optional(),
    /** Proxies whose X-Forwarded-For is believed; unset: none. */
    TRUST_PROXY: trustProxy.optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    MEILI_URL: z.url({ protocol: /^https?$/ }).optional(),
    MEILI_MASTER_KEY: z.string().min(16).default(DEV_MEILI_MASTER_KEY),
    /** Prefix for Meilisearch index names, so several environments can share one server. */
    SEARCH_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/)
      .default(''),
    GALAXY_DATA_DIR: z.string().min(1).default('.galaxy'),
    /** Ports of the embedded PostgreSQL and Meilisearch that `npm start` runs when no URL is given. */
    GALAXY_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    GALAXY_MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7729),
    WEB_DIST_DIR: z.string().min(1).default('dist/apps/web'),
    /**
     * What this process does: `api` answers requests only; `worker` runs the indexer, reconciler,
     * reminders and scheduled jobs (and answers its probes); `all` (one machine) both.
     */
    GALAXY_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
    /** Names this process in the X-Served-By header and its logs; default hostname:pid. */
    GALAXY_REPLICA_ID: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'letters, digits, ".", "_", ":" and "-" (at most 100)')
      .optional(),
    /** A read replica (streaming standby) for read-only queries: search fallback, exports, stats. */
    DATABASE_REPLICA_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Run the search outbox indexer in this process (one or many may); default: unless GALAXY_ROLE=api. */
    INDEXER_ENABLED: booleanFromString.optional(),
    /**
     * Reminders (contacts of solutions not verified for 18 months, parties of matches idle for 14 days),
     * every REMINDERS_EVERY_MS; default: unless GALAXY_ROLE=api.
     */
    REMINDERS_ENABLED: booleanFromString.optional(),
    REMINDERS_EVERY_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .default(60 * 60_000),
    /** Where links in emails point; defaults to this server. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** SMTP server for outgoing mail (smtp://user:pass@host:587). Unset outside production: a built-in sink catches mail. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Galaxy <no-reply@galaxy.local>'),
    /** First administrator, created at start when both are set. */
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10).optional(),
    /** Password of the demo accounts seeded outside production. */
    GALAXY_DEMO_PASSWORD: z.string().min(10).default(DEV_DEMO_PASSWORD),
    SEED_ON_EMPTY: booleanFromString.default(true),
    /** Least-privilege Meilisearch keys; when unset, derived from the master key and created at start. */
    MEILI_SEARCH_KEY: z.string().min(16).optional(),
    MEILI_ADMIN_KEY: z.string().min(16).optional(),
    /** While Meilisearch is unreachable: first wait before retrying, doubling up to the cap (ms). */
    SEARCH_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1_000),
    SEARCH_RETRY_MAX_MS: z.coerce.number().int().min(1).default(60_000),
    /** Automatic reconcile: period, and the wait before retrying a run that failed (ms). */
    SEARCH_RECONCILE_EVERY_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .default(15 * 60_000),
    SEARCH_RECONCILE_RETRY_MS: z.coerce.number().int().min(100).default(30_000),
    /** How long a request waits for a free database connection before it gives up (pool acquire timeout). */
    DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    /** PostgreSQL `statement_timeout` of the API's connections; 0 turns it off. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    /** PostgreSQL `idle_in_transaction_session_timeout` of the API's connections; 0 turns it off. */
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
    /**
     * IATI reporting organization of the exports: its identifier prefixes every iati-identifier. The
     * default is a placeholder; a publisher sets the identifier registered for it (org-id.guide).
     */
    IATI_REPORTING_ORG_REF: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,98}$/, 'letters, digits, ".", "_" and "-" (no "/", "&", "|", "?" or spaces)')
      .default('XM-DAC-GALAXY'),
    IATI_REPORTING_ORG_NAME: z.string().trim().min(1).max(300).default('Galaxy South-South and triangular cooperation'),
    /** IATI OrganisationType code of the reporting organization (40 = multilateral). */
    IATI_REPORTING_ORG_TYPE: z
      .string()
      .regex(/^\d{2}$/)
      .default('40'),
  })
  .superRefine((env, ctx) => {
    if (env.GALAXY_ROLE === 'api') {
      for (const job of ['INDEXER_ENABLED', 'REMINDERS_ENABLED'] as const) {
        if (env[job])
          ctx.addIssue({
            code: 'custom',
            path: [job],
            message: 'GALAXY_ROLE=api runs no background job; run them with GALAXY_ROLE=worker (or all)',
          });
      }
    }
    if (env.NODE_ENV !== 'production') return;
    if (env.MEILI_MASTER_KEY === DEV_MEILI_MASTER_KEY && !(env.MEILI_SEARCH_KEY && env.MEILI_ADMIN_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_MASTER_KEY'],
        message: 'the development default key must not be used in production; set a secret of your own',
      });
    }
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required in production' });
    }
    if (!env.MEILI_URL) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_URL'], message: 'required in production' });
    }
    if (!env.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'required in production (the mail sink is for development)',
      });
    }
    if (!env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'required in production, for links in emails' });
    }
  })
  .transform((env) => ({
    ...env,
    HOST: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    GALAXY_REPLICA_ID: env.GALAXY_REPLICA_ID ?? `${hostname()}:${process.pid}`,
    // The background jobs follow the role unless set one by one.
    INDEXER_ENABLED: env.INDEXER_ENABLED ?? env.GALAXY_ROLE !== 'api',
    REMINDERS_ENABLED: env.REMINDERS_ENABLED ?? env.GALAXY_ROLE !== 'api',
  }));

export type Env = z.output<typeof EnvSchema>;

export class EnvError extends Error {}

/**
 * Parses the environment once. This is the only place that reads process.env; everything else
 * receives the typed result.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most tools.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`);
  throw new EnvError(`Invalid environment variable ${lines.join('; ')}`);
}

/** The resolved configuration the API runs with: env plus the connection URLs it must have. */
export interface AppConfig extends Env {
  DATABASE_URL: string;
  MEILI_URL: string;
}

export function requireConnections(env: Env): AppConfig {
  if (!env.DATABASE_URL || !env.MEILI_URL) {
    throw new EnvError(
      'DATABASE_URL and MEILI_URL must be set to run the API on its own; `npm start` starts embedded services and sets them for you',
    );
  }
  return env as AppConfig;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
