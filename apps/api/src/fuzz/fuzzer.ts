import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createFixtures, ROLES, type Fixtures, type Role } from './fixtures';
import { Generator, HOSTILE_SEGMENTS, HOSTILE_STRINGS, Rng, deepNest, uuid, type JsonSchema } from './generate';
import { WireClient, type WireRequest, type WireResponse } from './http';

/**
 * A bounded fuzzer driven by the OpenAPI document: for every operation, as every role, it sends
 * valid-looking requests and hostile mutations of them, and checks three promises of the API —
 * no answer >= 500 (nor no answer at all), every 4xx is problem+json with a `code`, and a refused
 * request changes nothing in the database. Sequential on purpose: one request at a time makes the
 * database fingerprint around each answer attributable to that request.
 */

export interface FuzzOptions {
  /** A booted application (createApp), listening on `port` on loopback, on an empty database. */
  app: INestApplication;
  port: number;
  seed: number;
  requests: number;
  log?: (line: string) => void;
  /** Changes of circumstance mid-run, e.g. stopping Meilisearch so search answers degraded. */
  phases?: { atRequest: number; label: string; run: () => Promise<void>; dependencyDown?: boolean }[];
  /** A dependency (Meilisearch) is unreachable from the start: /ready may answer 503. */
  dependencyDown?: boolean;
}

export interface FuzzFailure {
  index: number;
  operation: string;
  role: Role;
  mutation: string;
  problem: string;
  repro: string;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  operations: string[];
  perOperation: Map<string, Map<number, number>>;
  statuses: Map<number, number>;
  mutations: Map<string, number>;
  failures: FuzzFailure[];
  /** Accepted requests that moved the fingerprint: proof that it sees writes. */
  writes: number;
  /** A fingerprint moved during a refused request but not when it was replayed: a background write. */
  notes: string[];
  elapsedMs: number;
}

interface Operation {
  key: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  body?: JsonSchema;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: RequestBody }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
interface RequestBody {
  content?: Record<string, { schema?: JsonSchema }>;
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * Tables or columns that legitimately change while a request is refused, left out of the fingerprint:
 * - rate_limits: counting refused attempts (wrong passwords, sign-ups) is what a rate limit is for;
 * - sessions.last_seen_at / expires_at: every signed-in request slides its session's expiry, whatever
 *   the answer (a session created or revoked by a refused request would still be caught);
 * - dev_mails: the development mailbox, where mails sent after an earlier answer land at any time.
 */
const VOLATILE_TABLES = new Set(['rate_limits', 'dev_mails']);
const VOLATILE_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at', 'expires_at'] };

const MUTATIONS = [
  'valid',
  'valid',
  'valid',
  'field-hostile',
  'field-hostile',
  'field-hostile',
  'drop-required',
  'extra-field',
  'body-shape',
  'malformed-json',
  'content-type',
  'huge-array',
  'deep-nesting',
  'path-hostile',
  'path-hostile',
  'query-hostile',
  'query-hostile',
  'no-csrf',
  'huge-header',
  'proto-pollution',
  'header-hostile',
] as const;
type Mutation = (typeof MUTATIONS)[number] | 'raw-url';

/** URLs outside any operation: unknown routes, broken encodings, odd methods. */
const RAW_PROBES: readonly [string, string][] = [
  ['GET', '/api/v1/does-not-exist'],
  ['GET', '/api/v1/%00'],
  ['GET', '/api/v1/solutions/%E0%A4%A'],
  ['GET', '/api/v1/solutions/%'],
  ['GET', '/api/v1/solutions?q=%'],
  ['GET', '/api/v1/solutions?q=%E0%A4%A'],
  ['GET', '/api/v1/solutions?page=1&page=2'],
  ['GET', '/api/v1/solutions?sdg[]=6'],
  ['GET', '/api/v1/solutions?__proto__[x]=1'],
  ['GET', '/api/v1/solutions?constructor=1'],
  ['GET', `/api/v1/solutions?q=${'a'.repeat(9000)}`],
  ['GET', `/api/v1/${'a/'.repeat(2000)}`],
  ['GET', '/api/v1/../../etc/passwd'],
  ['GET', '/api/v1/solutions/..%2F..%2Fetc%2Fpasswd'],
  ['PUT', '/api/v1/solutions'],
  ['DELETE', '/api/v1/solutions'],
  ['OPTIONS', '/api/v1/solutions'],
  ['HEAD', '/api/v1/solutions'],
  ['HEAD', '/api/v1/does-not-exist'],
  ['TRACE', '/api/v1/solutions'],
  ['GET', '/api/openapi.json?x=%00'],
  ['GET', '/%00'],
  ['GET', '/api'],
];

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const rng = new Rng(options.seed);
  const client = new WireClient(options.port);
  const db = options.app.get(DataSource);
  try {
    const fixtures = await createFixtures(options.app, client);
    const doc = JSON.parse(
      (await client.send({ method: 'GET', path: '/api/openapi.json', headers: {} })).body.toString(),
    );
    const operations = operationsOf(doc as OpenApi);
    const generator = new Generator(rng, (doc as OpenApi).components?.schemas ?? {}, {
      byName: hintsFor(fixtures, rng),
    });
    const fingerprint = await fingerprinter(db);
    const report: FuzzReport = {
      seed: options.seed,
      requests: 0,
      operations: [...operations.map((o) => o.key), 'raw URL probes'],
      perOperation: new Map(),
      statuses: new Map(),
      mutations: new Map(),
      failures: [],
      writes: 0,
      notes: [],
      elapsedMs: 0,
    };
    log(`fuzz: seed ${options.seed}, ${options.requests} requests over ${operations.length} operations + raw probes`);
    let before = await fingerprint();
    let downPhase = options.dependencyDown ?? false;
    // Round-robin over the operations (every one gets its share), in an order shuffled each round.
    let order: (Operation | null)[] = [];
    for (let i = 0; i < options.requests; i++) {
      for (const phase of options.phases ?? []) {
        if (phase.atRequest !== i) continue;
        log(`  — from request #${i}: ${phase.label}`);
        await phase.run();
        if (phase.dependencyDown) downPhase = true;
        before = await fingerprint();
      }
      if (!order.length) order = shuffle(rng, [...operations, null]);
      const op = order.pop() as Operation | null;
      const role = rng.pick(ROLES);
      const mutation: Mutation = op ? rng.pick(MUTATIONS) : 'raw-url';
      const req = op ? buildRequest(op, role, mutation, fixtures, generator, rng) : rawProbe(rng, fixtures, role);
      const key = op?.key ?? 'raw URL probes';
      const res = await client.send(req);
      if (res.status === -1) continue; // not sent (Node's client refused it): nothing to check
      report.requests++;
      count(report.statuses, res.status);
      count(report.mutations, mutation);
      const perOp = report.perOperation.get(key) ?? new Map<number, number>();
      count(perOp, res.status);
      report.perOperation.set(key, perOp);

      const fail = (problem: string) => {
        report.failures.push({
          index: i,
          operation: key,
          role,
          mutation,
          problem,
          repro: repro(req, role, options.port),
        });
        log(`  ✗ #${i} ${key} as ${role} (${mutation}): ${problem}`);
      };
      // A readiness probe answers 503 while a dependency is down: that is its job, not a failure.
      const probeSaysDown = key === 'GET /api/v1/ready' && res.status === 503 && downPhase;
      const problem = probeSaysDown ? null : checkAnswer(req, res);
      if (problem) fail(problem);

      const after = await fingerprint();
      if (res.status >= 400 && res.status < 500) {
        const changed = diff(before, after);
        if (changed.length) {
          // Replay it: a background write of an earlier request (a mail log, say) moves the
          // fingerprint too; a refused request that writes does so again.
          await new Promise((r) => setTimeout(r, 100));
          const again = await fingerprint();
          await client.send(req);
          const changedAgain = diff(again, await fingerprint());
          if (changedAgain.length) fail(`a ${res.status} answer changed the database (${changedAgain.join(', ')})`);
          else report.notes.push(`#${i} ${key}: ${changed.join(', ')} moved in the background during a ${res.status}`);
          before = await fingerprint();
          continue;
        }
      }
      if (res.status < 400 && diff(before, after).length) report.writes++;
      before = after;
      if (role !== 'anonymous' && key === 'POST /api/v1/auth/logout' && res.status < 300) {
        await fixtures.renew(role);
        before = await fingerprint();
      }
      if ((i + 1) % 1000 === 0) log(`  … ${i + 1} requests, ${report.failures.length} failures`);
    }
    report.elapsedMs = Date.now() - started;
    return report;
  } finally {
    client.close();
  }
}

/** What is wrong with this answer, or null. */
function checkAnswer(req: WireRequest, res: WireResponse): string | null {
  if (res.error) return `no complete answer: ${res.error}`;
  if (res.status >= 500) return `answered ${res.status}: ${res.body.toString().slice(0, 200)}`;
  const type = String(res.headers['content-type'] ?? '');
  if (res.status >= 400) {
    if (!type.startsWith('application/problem+json'))
      return `a ${res.status} answer is ${type || 'untyped'}, not problem+json`;
    if (req.method === 'HEAD') return null;
    try {
      const body = JSON.parse(res.body.toString()) as { code?: unknown; status?: unknown };
      if (typeof body.code !== 'string') return `a ${res.status} problem has no code`;
      if (body.status !== res.status) return `a ${res.status} problem says status ${String(body.status)}`;
    } catch {
      return `a ${res.status} answer is not JSON`;
    }
    return null;
  }
  if (res.status < 300 && type.includes('json') && req.method !== 'HEAD' && res.body.length) {
    try {
      JSON.parse(res.body.toString());
    } catch {
      return `a ${res.status} JSON answer does not parse (cut off?): …${res.body.toString().slice(-80)}`;
    }
  }
  return null;
}

function operationsOf(doc: OpenApi): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function hintsFor(f: Fixtures, rng: Rng): Record<string, unknown> {
  return {
    organizationId: () => rng.pick([f.ids.orgA, f.ids.orgA, f.ids.orgB]),
    organization: f.ids.orgA,
    needId: f.ids.need,
    solutionId: f.ids.publishedSolution,
    offerId: f.ids.offer,
    trackRecord: [f.ids.publishedSolution],
    sdgs: () => [rng.pick([6, 6, 3, 17])],
    sdg: 6,
    expertiseSdgs: [6],
    sdgTargets: ['6.1'],
    expertiseTargets: ['6.1'],
    target: '6.1',
    countries: ['KE'],
    country: () => rng.pick(['KE', 'IN', '404']),
    operatingCountries: ['KE', 'TZ'],
    eligibleCountries: ['KE'],
    region: '002',
    eligibleRegions: ['002'],
    version: () => rng.int(0, 3),
    startYear: 2020,
    endYear: 2022,
    timeframeStart: '2027-01',
    timeframeEnd: '2027-12',
    endorsedOn: '2026-10-01',
    due: '2027-06-30',
    email: () => rng.pick(['fuzz-member@fuzz.example', `fuzz-${rng.int(1, 1e6)}@example.org`]),
    to: 'fuzz-member@fuzz.example',
    password: 'fuzz-password-123!',
    currentPassword: 'not-the-password',
    newPassword: 'fuzz-new-password-456!',
    token: () => 'a'.repeat(rng.int(20, 64)),
    website: 'https://example.org',
    url: 'https://example.org/fuzz',
    text: 'Safe drinking water for rural households and schools',
    id: f.ids.publishedSolution,
    entity: 'solution',
  };
}

/** The id a path parameter names, by the resource the path is about. */
function pathValue(path: string, name: string, f: Fixtures, rng: Rng): string {
  const resource = path.split('/')[3];
  if (name === 'userId') return f.ids.junior;
  if (name === 'token') return 'a'.repeat(32);
  if (name === 'idOrSlug') {
    return resource === 'organizations'
      ? rng.pick([f.ids.orgA, f.ids.orgASlug])
      : rng.pick([f.ids.publishedSolution, f.ids.publishedSlug]);
  }
  const byResource: Record<string, string[]> = {
    solutions: [f.ids.draftSolution, f.ids.publishedSolution],
    organizations: [f.ids.orgA, f.ids.orgB],
    needs: [f.ids.need],
    offers: [f.ids.offer],
    matches: [f.ids.match],
  };
  return rng.pick(byResource[resource] ?? [uuid(rng)]);
}

function buildRequest(
  op: Operation,
  role: Role,
  mutation: Mutation,
  f: Fixtures,
  gen: Generator,
  rng: Rng,
): WireRequest {
  const identity = f.identities[role];
  const headers: Record<string, string> = { Accept: rng.pick(['application/json', '*/*', 'text/html']) };
  if (identity.cookie) headers.Cookie = identity.cookie;
  if (UNSAFE.has(op.method) && mutation !== 'no-csrf') headers['X-CSRF-Token'] = identity.csrf;
  if (mutation === 'huge-header') headers['X-Fuzz'] = 'h'.repeat(rng.int(17_000, 40_000));
  if (mutation === 'header-hostile') {
    // Header values travel as Latin-1: percent-encoded or plain hostile text a client may send.
    const value = rng.chance(0.5) ? wireEncode(rng.pick(HOSTILE_STRINGS)).slice(0, 4000) : rng.pick(HOSTILE_SEGMENTS);
    const [name, header] = rng.pick([
      ['Cookie', `galaxy_session=${value}; galaxy_csrf=${value}`],
      ['Cookie', `${value}=${value}`],
      ['X-CSRF-Token', value],
      ['X-Forwarded-For', value],
      ['X-Request-Id', value],
      ['Accept-Language', value],
      ['Accept', value],
      ['Accept-Encoding', value],
      ['If-None-Match', value],
      ['Range', `bytes=${value}`],
      ['Authorization', `Bearer ${value}`],
    ] as const);
    headers[name] = header;
  }

  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const hostileParam = mutation === 'path-hostile' && pathParams.length ? rng.pick(pathParams).name : null;
  let path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    name === hostileParam ? rng.pick(HOSTILE_SEGMENTS) : encodeURIComponent(pathValue(op.path, name, f, rng)),
  );
  if (mutation === 'path-hostile' && !pathParams.length) path += `/${rng.pick(HOSTILE_SEGMENTS)}`;

  const query: string[] = [];
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  for (const p of queryParams) {
    if (!p.required && !rng.chance(0.4)) continue;
    const value = gen.valid(p.schema, p.name);
    for (const v of Array.isArray(value) ? value : [value]) query.push(`${p.name}=${wireEncode(String(v))}`);
  }
  if (mutation === 'query-hostile') {
    const name = queryParams.length && rng.chance(0.8) ? rng.pick(queryParams).name : rng.pick(['x', 'q', '__proto__']);
    const value = rng.chance(0.7) ? wireEncode(rng.pick(HOSTILE_STRINGS)) : rng.pick(HOSTILE_SEGMENTS);
    query.push(`${name}=${value.slice(0, 12_000)}`);
  }
  if (query.length) path += `?${query.join('&')}`;

  let body: Buffer | undefined;
  if (op.body || (UNSAFE.has(op.method) && rng.chance(0.1))) {
    headers['Content-Type'] = 'application/json';
    const value = op.body ? gen.valid(op.body) : {};
    body = Buffer.from(JSON.stringify(mutateBody(value, op.body, mutation, gen, rng)));
    if (mutation === 'deep-nesting' && rng.chance(0.5)) {
      // Written as text: deeper than JSON.stringify can go, as an attacker would send it.
      const depth = rng.int(5_000, 100_000);
      body = Buffer.from(`${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`);
    }
    if (mutation === 'malformed-json') {
      body = rng.pick([
        Buffer.from('{"title": '),
        Buffer.from('{"a":1,}'),
        Buffer.from("{'a': 1}"),
        Buffer.from([0xff, 0xfe, 0x00]),
        Buffer.from('{"title":"\\ud800"'),
        Buffer.from('{"a":"\u0000"}'),
        Buffer.from(''),
        Buffer.from('{"title":"a","title":"b"}'),
        Buffer.from('NaN'),
      ]);
    }
    if (mutation === 'content-type') {
      headers['Content-Type'] = rng.pick([
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/problem+json',
        'image/png',
        '',
      ]);
      if (!headers['Content-Type']) delete headers['Content-Type'];
    }
  }
  return { method: op.method, path, headers, body };
}

function mutateBody(value: unknown, schema: JsonSchema | undefined, mutation: Mutation, gen: Generator, rng: Rng) {
  const s = gen.resolve(schema);
  const obj = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const props = Object.entries(s.properties ?? gen.resolve(s.anyOf?.[0] ?? s.oneOf?.[0]).properties ?? {});
  switch (mutation) {
    case 'field-hostile': {
      if (!obj || !props.length) return gen.hostile(schema);
      const [key, prop] = rng.pick(props);
      return { ...obj, [key]: gen.hostile(prop) };
    }
    case 'drop-required': {
      if (!obj) return value;
      const copy = { ...obj };
      const required = s.required?.length ? s.required : Object.keys(copy);
      if (required.length) delete copy[rng.pick(required)];
      return copy;
    }
    case 'extra-field':
      return obj ? { ...obj, [rng.pick(['isAdmin', 'role', 'id', 'curationStatus', 'x'])]: 'x' } : value;
    case 'body-shape':
      return rng.pick([null, [], 'x', 42, true, [value], { data: value }]);
    case 'huge-array': {
      const arrays = props.filter(([, p]) => gen.resolve(p).type === 'array');
      const [key, prop] = arrays.length ? rng.pick(arrays) : (props[0] ?? ['items', {}]);
      const item = gen.valid(gen.resolve(prop).items, key);
      return { ...(obj ?? {}), [key]: Array.from({ length: 10_000 }, () => item) };
    }
    case 'deep-nesting':
      return { ...(obj ?? {}), x: deepNest(rng.int(100, 1500)) };
    case 'proto-pollution':
      return JSON.parse(`{"__proto__":{"role":"admin","isAdmin":true},"constructor":{"prototype":{"x":1}}}`);
    default:
      return value;
  }
}

function rawProbe(rng: Rng, f: Fixtures, role: Role): WireRequest {
  const [method, path] = rng.pick(RAW_PROBES);
  const headers: Record<string, string> = {};
  if (f.identities[role].cookie) headers.Cookie = f.identities[role].cookie;
  if (UNSAFE.has(method)) headers['X-CSRF-Token'] = f.identities[role].csrf;
  return { method, path, headers };
}

/** One query: every table's row count and a hash of its rows, so a diff names the tables that moved. */
async function fingerprinter(db: DataSource): Promise<() => Promise<Record<string, string>>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts = tables
    .filter((t) => !VOLATILE_TABLES.has(t.name))
    .map((t) => {
      const row = `(to_jsonb(x)${(VOLATILE_COLUMNS[t.name] ?? []).map((c) => ` - '${c}'`).join('')})::text`;
      return `(SELECT count(*) || ':' || coalesce(md5(string_agg(md5(${row}), '' ORDER BY md5(${row}))), '') FROM "${t.name}" x) AS "${t.name}"`;
    });
  const sql = `SELECT ${parts.join(',\n')}`;
  return async () => (await db.query(sql))[0] as Record<string, string>;
}

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which it refuses) goes out as the
 * three bytes a careless encoder would write (%ED%A0%80 for U+D800), as a hostile client may send.
 */
function wireEncode(text: string): string {
  return text.replace(/[\s\S]/gu, (c) => {
    const unit = c.charCodeAt(0);
    if (c.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
    return encodeURIComponent(c);
  });
}

const diff = (a: Record<string, string>, b: Record<string, string>) => Object.keys(b).filter((k) => a[k] !== b[k]);

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A command line that sends the same request again (cookies named by role; the body cut if long). */
function repro(req: WireRequest, role: Role, port: number): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const parts = [`curl -sS -X ${req.method} ${q(`http://127.0.0.1:${port}${req.path.slice(0, 300)}`)}`];
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'Cookie') parts.push(`-H 'Cookie: <${role} session>'`);
    else if (name === 'X-CSRF-Token') parts.push(`-H 'X-CSRF-Token: <${role} csrf>'`);
    else parts.push(`-H ${q(`${name}: ${value.length > 80 ? `<${value.length} characters>` : value}`)}`);
  }
  if (req.body) {
    const text = req.body.toString('utf8');
    parts.push(
      `--data-binary ${q(JSON.stringify(text).slice(1, -1).slice(0, 400))}${text.length > 400 ? ` # body cut: ${req.body.length} bytes` : ''}`,
    );
  }
  return parts.join(' ');
}

/** The summary the command prints. */
export function formatReport(r: FuzzReport): string {
  const lines: string[] = [];
  lines.push(`Galaxy API fuzz — seed ${r.seed} (replay: npm run fuzz -- --seed ${r.seed} --requests ${r.requests})`);
  lines.push(`${r.requests} requests over ${r.operations.length} operations in ${(r.elapsedMs / 1000).toFixed(1)} s`);
  lines.push('');
  lines.push('requests per operation (status × count):');
  for (const key of r.operations) {
    const statuses = r.perOperation.get(key) ?? new Map();
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const hist = [...statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    lines.push(`  ${key.padEnd(58)} ${String(total).padStart(5)}  ${hist}`);
  }
  lines.push('');
  lines.push(
    `status histogram: ${[...r.statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}`,
  );
  lines.push(
    `mutations: ${[...r.mutations.entries()]
      .sort()
      .map(([m, n]) => `${m} ${n}`)
      .join(', ')}`,
  );
  lines.push(`accepted requests that wrote to the database (fingerprint moved): ${r.writes}`);
  if (r.notes.length) lines.push(`background writes seen (not failures): ${r.notes.length}`, ...r.notes.slice(0, 5));
  lines.push('');
  if (!r.failures.length)
    lines.push('0 failures: no 5xx, every 4xx problem+json with a code, no refused request changed the database');
  else {
    lines.push(`${r.failures.length} FAILURES:`);
    for (const f of r.failures.slice(0, 50)) {
      lines.push(`  #${f.index} ${f.operation} as ${f.role} (${f.mutation}): ${f.problem}`, `    ${f.repro}`);
    }
    if (r.failures.length > 50) lines.push(`  … and ${r.failures.length - 50} more`);
  }
  return lines.join('\n');
}
