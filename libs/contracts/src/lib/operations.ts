import { z } from 'zod';

/** The kinds of record the search outbox carries. */
export const OUTBOX_ENTITIES = ['solution', 'organization', 'need', 'offer'] as const;

/** A search-sync row the indexer gave up on: what, why, when, after how many attempts. */
export const SearchDeadLetterSchema = z.object({
  id: z.string(),
  entity: z.enum(OUTBOX_ENTITIES),
  entityId: z.uuid(),
  /** The record's title or name, when it still exists. */
  label: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  deadAt: z.string(),
});
export type SearchDeadLetter = z.infer<typeof SearchDeadLetterSchema>;

export const SearchDeadLettersSchema = z.object({
  items: z.array(SearchDeadLetterSchema),
  total: z.number().int(),
});
export type SearchDeadLetters = z.infer<typeof SearchDeadLettersSchema>;

export const SearchDeadLettersQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export const DeadLetterParamSchema = z.strictObject({ id: z.string().regex(/^[1-9][0-9]{0,17}$/) });

export const DeadLetterRetriedSchema = z.object({ retried: z.number().int() });
