import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { EnvError, loadEnv, type AppConfig, type Env } from '../config/env';
import { runMigrationsAndSeed, searchSyncFor, withDataSource } from '../database/bootstrap';
import { EmbeddedServiceError, RunningService, portInUse } from '../embedded/embedded-services';
import { startEmbeddedMeilisearch } from '../embedded/meilisearch';
import { embeddedPostgresUrl, startEmbeddedPostgres } from '../embedded/postgres';
import { SignupInputSchema } from '@galaxy/contracts';
import { assertStrongPassword, hashPassword } from '../modules/accounts/passwords';
import { CatalogWriter } from '../modules/solutions/catalog-writer';
import { planImport, readRecords, runImport } from '../modules/solutions/importer';
import { importIatiFiles } from '../modules/iati/iati-cli';

/**
 * The services a command works on: DATABASE_URL / MEILI_URL when set; otherwise the embedded ones of
 * a running `npm start`, or, when none runs, embedded ones started for this command only.
 */
async function services(env: Env): Promise<{ config: AppConfig; stop: () => Promise<void> }> {
  const started: RunningService[] = [];
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    if (!(await portInUse(env.GALAXY_PG_PORT))) {
      started.push(
        await startEmbeddedPostgres({
          dataDir: join(env.GALAXY_DATA_DIR, 'postgres'),
          port: env.GALAXY_PG_PORT,
          database: 'galaxy',
        }),
      );
    }
    databaseUrl = embeddedPostgresUrl(env.GALAXY_PG_PORT);
  }
  let meiliUrl = env.MEILI_URL;
  if (!meiliUrl) {
    if (!(await portInUse(env.GALAXY_MEILI_PORT))) {
      started.push(
        await startEmbeddedMeilisearch({
          dataDir: join(env.GALAXY_DATA_DIR, 'meilisearch'),
          port: env.GALAXY_MEILI_PORT,
          masterKey: env.MEILI_MASTER_KEY,
        }),
      );
    }
    meiliUrl = `http://127.0.0.1:${env.GALAXY_MEILI_PORT}`;
  }
  return {
    config: { ...env, DATABASE_URL: databaseUrl, MEILI_URL: meiliUrl },
    stop: async () => {
      for (const service of started.reverse()) await service.stop();
    },
  };
}

type Command = { usage: string; help: string; run: (config: AppConfig, args: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: 'migrate',
    help: 'apply pending migrations (and seed an empty database unless SEED_ON_EMPTY=false)',
    run: async (config) => {
      await runMigrationsAndSeed(config, (l) => console.log(l));
      return 0;
    },
  },
  import: {
    usage: 'import <file.json|file.csv> [--draft] | <iati.xml>… [--organization <id>]',
    help: 'validate and import solutions (idempotent on externalId); invalid rows are reported, not written; IATI activity files become drafts (all or nothing)',
    run: async (config, args) => {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) throw new EnvError('name the file to import: npm run import -- solutions.csv');
      if (extname(file).toLowerCase() === '.xml') return importIatiFiles(config, args);
      const format = extname(file).toLowerCase() === '.csv' ? 'csv' : 'json';
      const { records, firstRow } = readRecords(readFileSync(file, 'utf8'), format);
      const plan = planImport(records, firstRow);
      for (const bad of plan.invalid) {
        console.log(`row ${bad.row}${bad.externalId ? ` (${bad.externalId})` : ''}: not imported`);
        for (const e of bad.errors) console.log(`    ${e.field || '(record)'}: ${e.message}`);
      }
      await runMigrationsAndSeed({ ...config, SEED_ON_EMPTY: false }, () => undefined);
      const result = await withDataSource(config, (db) =>
        runImport(new CatalogWriter(db), plan, !args.includes('--draft')),
      );
      console.log(
        `${records.length} record(s): ${result.created} created, ${result.updated} updated, ${plan.invalid.length} rejected`,
      );
      return plan.invalid.length ? 1 : 0;
    },
  },
  'create-admin': {
    usage: 'create-admin <email> [name]',
    help: 'create an administrator (asks for the password on standard input: no password in shell history)',
    run: async (config, args) => {
      const [email, ...name] = args;
      if (!email) throw new EnvError('name the email: npm run create-admin -- someone@example.org "Their Name"');
      const password = (await readStdin()).trim();
      const parsed = SignupInputSchema.safeParse({ email, password, name: name.join(' ') || 'Administrator' });
      if (!parsed.success)
        throw new EnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      assertStrongPassword(parsed.data.password, [parsed.data.email, parsed.data.name]);
      await runMigrationsAndSeed({ ...config, SEED_ON_EMPTY: false }, () => undefined);
      await withDataSource(config, async (db) => {
        await db.query(
          `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, 'admin', now())
           ON CONFLICT (email) DO UPDATE SET role = 'admin', password_hash = excluded.password_hash`,
          [parsed.data.email, await hashPassword(parsed.data.password), parsed.data.name],
        );
      });
      console.log(`${parsed.data.email} is an administrator`);
      return 0;
    },
  },
  reindex: {
    usage: 'reindex',
    help: 'rebuild the search indexes from PostgreSQL and swap them in atomically',
    run: async (config) => {
      const reports = await withDataSource(config, (db) => searchSyncFor(db, config).reindex());
      for (const r of reports)
        console.log(`${r.kind}: ${r.documents} documents in ${r.seconds.toFixed(1)} s, ${r.replayed} changes replayed`);
      return 0;
    },
  },
  reconcile: {
    usage: 'reconcile',
    help: 'compare the search indexes with PostgreSQL and repair any drift',
    run: async (config) => {
      const reports = await withDataSource(config, (db) => searchSyncFor(db, config).reconcileAll());
      for (const r of reports) console.log(`${r.kind}: ${r.upserted} upserted, ${r.deleted} deleted`);
      return 0;
    },
  },
};

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split('\n')[0];
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `usage: npm run cli -- <command>\n${Object.values(COMMANDS)
        .map((c) => `  ${c.usage.padEnd(36)} ${c.help}`)
        .join('\n')}`,
    );
    return name ? 2 : 0;
  }
  const { config, stop } = await services(loadEnv());
  try {
    return await command.run(config, args);
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof EnvError || error instanceof EmbeddedServiceError ? `galaxy: ${error.message}` : error,
    );
    process.exit(1);
  },
);
