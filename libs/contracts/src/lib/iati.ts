import { z } from 'zod';

/** IATI activity files uploaded by curators: each activity becomes (or updates) a solution draft. */
export const IATI_MAX_FILES = 10;

export const IatiImportInputSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200),
        /** The file's text; its size is checked against the import limit (PAYLOAD_TOO_LARGE). */
        content: z.string().min(1).max(1_048_576),
      }),
    )
    .min(1)
    .max(IATI_MAX_FILES),
  /** The organization the drafts belong to; otherwise the activity's implementing (or reporting) organization. */
  organizationId: z.uuid().optional(),
});
export type IatiImportInput = z.input<typeof IatiImportInputSchema>;

const NoteSchema = z.object({ field: z.string(), note: z.string() });
export type IatiNote = z.infer<typeof NoteSchema>;

/** One activity of a file: what it maps to, and what was mapped, guessed and dropped on the way. */
export const IatiActivityReportSchema = z.object({
  /** 1-based position of the activity in its file. */
  row: z.number().int(),
  iatiIdentifier: z.string().nullable(),
  title: z.string().nullable(),
  /** create: a new draft; update: the draft (or a new revision) of the solution imported before from it. */
  action: z.enum(['create', 'update']).nullable(),
  solutionId: z.uuid().nullable(),
  mapped: z.array(NoteSchema),
  guessed: z.array(NoteSchema),
  dropped: z.array(NoteSchema),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type IatiActivityReport = z.infer<typeof IatiActivityReportSchema>;

export const IatiImportReportSchema = z.object({
  files: z.array(z.object({ name: z.string(), activities: z.array(IatiActivityReportSchema) })),
  created: z.number().int(),
  updated: z.number().int(),
  /** Activities with errors; an import with any is refused whole (nothing written). */
  invalid: z.number().int(),
});
export type IatiImportReport = z.infer<typeof IatiImportReportSchema>;
