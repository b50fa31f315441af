/**
 * Values for the fuzzer: valid-looking ones derived from the OpenAPI (JSON Schema) document, and the
 * hostile ones a careless or malicious client sends. Everything is drawn from one seeded PRNG, so a
 * seed replays the same sequence of requests.
 */

/** A small, fast, seedable PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

/** Strings that have broken servers: control characters, broken Unicode, injections, traversal, sizes. */
export const HOSTILE_STRINGS: readonly string[] = [
  '\u0000',
  'water\u0000kiosks',
  '\ud800',
  'x\udfffy',
  '\u0002water\u0003',
  '\u0007\u001b[31mred',
  '\u0085\u009b',
  'line\nbreak\ttab\r',
  '\u202eevil\u202c',
  '\ufeffbom',
  '\uffff\ufffe',
  '💧🌍'.repeat(50),
  'ʻOkina Ñandú Straße مياه 水',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '1) OR 1=1 --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%E0%A4%A',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'null',
  'undefined',
  'NaN',
  '-1',
  '',
  ' ',
  '   \n  ',
  'a'.repeat(10_000),
  'b'.repeat(200_000),
  '=HYPERLINK("http://x")',
  '\\u0000',
  '*',
  '"',
  'a:b:c',
  '-- ',
  ';',
];

export const HOSTILE_NUMBERS: readonly unknown[] = [
  -1,
  0,
  -0.5,
  0.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  2 ** 31,
  -(2 ** 31) - 1,
  1e21,
  Number.MIN_VALUE,
  '1',
  '6',
  true,
  null,
  [],
  {},
];

/** A path or id segment, already percent-encoded for the wire. */
export const HOSTILE_SEGMENTS: readonly string[] = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '%00',
  'x%00y',
  '%01',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2e%2e',
  '%E0%A4%A',
  '%FF',
  '%ED%A0%80',
  '%F0%9F%92%A7',
  'a'.repeat(99),
  'a'.repeat(101),
  'b'.repeat(3000),
  "1'%20OR%201%3D1",
  '%3Cscript%3E',
  '-1',
  '0',
  '1e308',
  '%20',
  '__proto__',
  'constructor',
];

export interface Hints {
  /** Known-good values by property or parameter name, for valid-looking requests. */
  byName: Record<string, unknown>;
}

export class Generator {
  constructor(
    private readonly rng: Rng,
    private readonly components: Record<string, JsonSchema>,
    private readonly hints: Hints,
  ) {}

  resolve(schema: JsonSchema | undefined): JsonSchema {
    let s = schema ?? {};
    for (let i = 0; s.$ref && i < 20; i++) s = this.components[s.$ref.split('/').pop() as string] ?? {};
    if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((x) => this.resolve(x)));
    return s;
  }

  /** A value that satisfies the schema's shape (not always its refinements), preferring known-good values. */
  valid(schema: JsonSchema | undefined, name = '', depth = 0): unknown {
    const s = this.resolve(schema);
    const named = this.hints.byName[name];
    const hint = typeof named === 'function' ? (named as () => unknown)() : named;
    if (
      hint !== undefined &&
      matchesType(
        { ...s, items: this.resolve(s.items), anyOf: (s.anyOf ?? s.oneOf)?.map((v) => this.resolve(v)) },
        hint,
      )
    )
      return clone(hint);
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return this.rng.pick(s.enum);
    const variants = s.anyOf ?? s.oneOf;
    if (variants?.length) {
      const nonNull = variants.filter((v) => this.resolve(v).type !== 'null');
      return this.valid(this.rng.pick(nonNull.length ? nonNull : variants), name, depth + 1);
    }
    const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? 'null') : s.type;
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        if (depth > 6) return out;
        const required = new Set(s.required ?? []);
        for (const [key, prop] of Object.entries(s.properties ?? {})) {
          if (required.has(key) || this.rng.chance(0.5)) out[key] = this.valid(prop, key, depth + 1);
        }
        return out;
      }
      case 'array': {
        const min = s.minItems ?? 0;
        const count = Math.min(Math.max(min, this.rng.int(min, min + 2)), s.maxItems ?? 3);
        return Array.from({ length: count }, () => this.valid(s.items, singular(name), depth + 1));
      }
      case 'integer':
      case 'number': {
        const min = typeof s.minimum === 'number' ? s.minimum : 0;
        const max = typeof s.maximum === 'number' ? s.maximum : min + 100;
        const n = this.rng.int(Math.ceil(min), Math.floor(Math.min(max, min + 100)));
        return type === 'number' && this.rng.chance(0.2) ? n + 0.5 : n;
      }
      case 'boolean':
        return this.rng.chance(0.5);
      case 'null':
        return null;
      case 'string':
        return this.string(s);
      default:
        return this.rng.pick(['x', 1, true]);
    }
  }

  private string(s: JsonSchema): string {
    switch (s.format) {
      case 'uuid':
        return this.rng.pick(Object.values(this.hints.byName).filter(isUuid) as string[]) ?? uuid(this.rng);
      case 'email':
        return `fuzz-${this.rng.int(1, 1e6)}@example.org`;
      case 'uri':
        return 'https://example.org/fuzz';
      case 'date':
        return `2027-0${this.rng.int(1, 9)}-1${this.rng.int(0, 9)}`;
      case 'date-time':
        return new Date(Date.UTC(2027, 0, 1)).toISOString();
    }
    const min = s.minLength ?? 1;
    const max = Math.min(s.maxLength ?? 60, Math.max(min, 60));
    const words = ['water', 'kiosk', 'solar', 'training', 'rural', 'health', 'école', 'agua', 'مياه', '水'];
    let out = '';
    while (out.length < min) out += (out ? ' ' : '') + this.rng.pick(words);
    return out.slice(0, Math.max(min, Math.min(max, out.length)));
  }

  /** A hostile replacement for a value of this schema: wrong type, out of range, or nasty text. */
  hostile(schema: JsonSchema | undefined): unknown {
    const s = this.resolve(schema);
    const roll = this.rng.next();
    if (roll < 0.45) return this.rng.pick(HOSTILE_STRINGS);
    if (roll < 0.75) return this.rng.pick(HOSTILE_NUMBERS);
    if (roll < 0.85) return deepNest(this.rng.int(50, 1500));
    if (roll < 0.92) {
      const item = s.type === 'array' ? this.valid(s.items) : this.rng.pick(HOSTILE_STRINGS.slice(0, 20));
      return Array.from({ length: 10_000 }, () => item);
    }
    // JSON.parse, so that __proto__ is an own key, as it is in a request body.
    return JSON.parse(
      this.rng.pick(['{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '{"$where":"1"}']),
    ) as unknown;
  }
}

export function deepNest(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

export function uuid(rng: Rng): string {
  const hex = () => rng.int(0, 15).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

const isUuid = (v: unknown) => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v);
const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, ''));
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function matchesType(s: JsonSchema, value: unknown): boolean {
  const types = [s.type, ...(s.anyOf ?? s.oneOf ?? []).map((v) => v.type)].flat().filter(Boolean) as string[];
  if (!types.length) return true;
  const actual = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;
  if (actual === 'array' && Array.isArray(value) && value.length && s.items) {
    const itemType = s.items.type;
    if (itemType && itemType !== (typeof value[0] === 'number' ? 'integer' : typeof value[0])) {
      return itemType === 'number' && typeof value[0] === 'number';
    }
  }
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}
