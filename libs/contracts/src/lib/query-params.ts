import { z } from 'zod';

/** A query parameter that may be given once or repeated (`?sdg=6&sdg=7`) or comma-separated. */
export const repeatable = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => {
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');
  }, z.array(item).max(50).optional());
