import { z } from 'zod';

/**
 * Rows of a hand-written query, checked against the shape the caller expects: raw SQL answers
 * `any`, so this is where a renamed column or a wrong cast fails loudly instead of travelling on.
 */
export function parseRows<T extends z.ZodType>(schema: T, rows: unknown): z.output<T>[] {
  return z.array(schema).parse(rows);
}

/** The first row, or undefined when there is none. */
export function parseFirst<T extends z.ZodType>(schema: T, rows: unknown): z.output<T> | undefined {
  return parseRows(schema, rows)[0];
}

/** A `count(*)::int`, `(xmax = 0)`-style single value. */
export const IdRow = z.object({ id: z.string() });
