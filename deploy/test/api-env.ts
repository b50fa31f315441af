import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment variables the API reads: the keys of EnvSchema in apps/api/src/config/env.ts (the
 * only reader of process.env), taken from its source, since the deployment project may not import
 * the API's code. A variable the deployment sets that is not among them is a typo the API would
 * silently ignore.
 */
export function apiEnvNames(): Set<string> {
  const source = readFileSync(join(__dirname, '../../apps/api/src/config/env.ts'), 'utf8');
  const schema = source.slice(source.indexOf('export const EnvSchema'), source.indexOf('.superRefine('));
  const names = [...schema.matchAll(/^ {4}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
  if (names.length < 20) throw new Error(`found only ${names.length} variables in env.ts: has its layout changed?`);
  // Issue 14 items 1–4 (roles, replica id, read replica) add these to EnvSchema in a change of their own.
  return new Set([...names, 'GALAXY_ROLE', 'GALAXY_REPLICA_ID', 'DATABASE_REPLICA_URL']);
}
