import { z } from 'zod';
import { SolutionFieldsSchema } from './solution-input';
import { lineText, multilineText, safeText } from './text';

/**
 * The curation workflow. A solution's text lives in revisions: a partner writes a draft revision,
 * submits it, a curator approves it (it becomes the published solution), requests changes or
 * rejects it. A published solution can be revised while it stays live; at most one revision is
 * open at a time.
 */

/** Where one revision stands. */
export const REVISION_STATES = ['draft', 'submitted', 'changes_requested', 'rejected', 'published'] as const;
export const RevisionStateSchema = z.enum(REVISION_STATES);
export type RevisionState = z.infer<typeof RevisionStateSchema>;

/** Where the solution as a whole stands: published or archived once approved, else its revision's state. */
export const WORKFLOW_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'rejected',
  'published',
  'archived',
] as const;
export const WorkflowStatusSchema = z.enum(WORKFLOW_STATUSES);
export type WorkflowStatus = z.infer<typeof WorkflowStatusSchema>;

export const WORKFLOW_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'request_changes',
  'reject',
  'unpublish',
  'verify',
] as const;
export const WorkflowActionSchema = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>;

/** The quality rubric of the UNOSSC good-practice criteria, 0 (absent) to 3 (strong) each. */
export const RUBRIC_CRITERIA = [
  'horizontal',
  'effective',
  'sustainable',
  'replicable',
  'innovative',
  'nationallyOwned',
  'mutualBenefit',
] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];
const score = z.number().int().min(0).max(3);
export const RubricSchema = z.strictObject(
  Object.fromEntries(RUBRIC_CRITERIA.map((c) => [c, score])) as Record<RubricCriterion, typeof score>,
);
export type Rubric = z.infer<typeof RubricSchema>;

// ---- Draft content -------------------------------------------------------------------------------

const { externalId: _externalId, source: _source, ...partnerFields } = SolutionFieldsSchema.shape;
type PartnerFields = typeof partnerFields;
type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type DraftShape = { [K in keyof PartnerFields]: z.ZodOptional<z.ZodNullable<WithoutDefault<PartnerFields[K]>>> };

/**
 * The fields a partner writes, every one optional so a draft saves as you go; each given field is
 * checked as in a complete solution. `null` clears a field. The rules that join fields (targets of
 * chosen goals, years in order…) and the required fields are checked on submission.
 */
export const SolutionDraftFieldsSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(partnerFields).map(([key, schema]) => [
      key,
      (schema instanceof z.ZodDefault ? schema.unwrap() : schema).nullable().optional(),
    ]),
  ) as unknown as DraftShape,
);
export type SolutionDraftFields = z.input<typeof SolutionDraftFieldsSchema>;
/** A draft as stored and returned: cleared fields are absent. */
export type SolutionDraft = { [K in keyof SolutionDraftFields]?: Exclude<SolutionDraftFields[K], null> };
export const SolutionDraftSchema = z.record(z.string(), z.unknown()) as unknown as z.ZodType<SolutionDraft>;

export const CreateSolutionDraftInputSchema = SolutionDraftFieldsSchema.extend({
  organizationId: z.uuid(),
});
export type CreateSolutionDraftInput = z.input<typeof CreateSolutionDraftInputSchema>;

/** `version` is the workspace's version the user edited; a stale one is refused with 409 STALE_VERSION. */
export const UpdateSolutionDraftInputSchema = SolutionDraftFieldsSchema.extend({
  version: z.number().int().min(0),
});
export type UpdateSolutionDraftInput = z.input<typeof UpdateSolutionDraftInputSchema>;

export const VersionInputSchema = z.strictObject({ version: z.number().int().min(0) });
export type VersionInput = z.input<typeof VersionInputSchema>;

export const REVIEW_DECISIONS = ['approve', 'request_changes', 'reject'] as const;
export const ReviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const ReviewInputSchema = z
  .strictObject({
    version: z.number().int().min(0),
    decision: ReviewDecisionSchema,
    note: multilineText().max(5000).optional(),
    rubric: RubricSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'approve' && !v.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message:
          v.decision === 'reject' ? 'Give the reason for rejecting' : 'Say what should change, so the partner can act',
      });
    if (v.decision === 'approve' && !v.rubric)
      ctx.addIssue({ code: 'custom', path: ['rubric'], message: 'Score the rubric before publishing' });
  });
export type ReviewInput = z.input<typeof ReviewInputSchema>;

export const UnpublishInputSchema = z.strictObject({
  version: z.number().int().min(0),
  note: multilineText().min(1, { message: 'Give the reason for unpublishing' }).max(5000),
});
export type UnpublishInput = z.input<typeof UnpublishInputSchema>;

export const SolutionIdParamSchema = z.strictObject({ id: z.uuid() });

// ---- Responses -----------------------------------------------------------------------------------

export const PersonRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const RevisionSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  state: RevisionStateSchema,
  content: SolutionDraftSchema,
  author: PersonRefSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: PersonRefSchema.nullable(),
  decisionNote: z.string().nullable(),
  rubric: RubricSchema.nullable(),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const SolutionWorkspaceSchema = z.object({
  solutionId: z.uuid(),
  /** The owning organization; null for an imported solution that names none (then only staff act on it). */
  organization: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }).nullable(),
  status: WorkflowStatusSchema,
  /** Send it back with every change; it moves on with every edit and decision. */
  version: z.number().int(),
  /** The open revision (draft, submitted, changes requested) or else the newest one. */
  revision: RevisionSchema.nullable(),
  published: z
    .object({
      slug: z.string(),
      content: SolutionDraftSchema,
      publishedAt: z.string(),
      lastVerifiedAt: z.string().nullable(),
      verificationDue: z.boolean(),
      rubric: RubricSchema.nullable(),
    })
    .nullable(),
  /** What the caller may do now; the API refuses anything else with 403 or 409 INVALID_TRANSITION. */
  allowedActions: z.array(WorkflowActionSchema),
});
export type SolutionWorkspace = z.infer<typeof SolutionWorkspaceSchema>;

export const RevisionListSchema = z.object({ items: z.array(RevisionSchema) });
export type RevisionList = z.infer<typeof RevisionListSchema>;

export const OrganizationSolutionSchema = z.object({
  solutionId: z.uuid(),
  title: z.string().nullable(),
  status: WorkflowStatusSchema,
  /** A revision of a published solution is open (draft, submitted or changes requested). */
  openRevision: RevisionStateSchema.nullable(),
  updatedAt: z.string(),
  slug: z.string().nullable(),
});
export const OrganizationSolutionListSchema = z.object({ items: z.array(OrganizationSolutionSchema) });
export type OrganizationSolutionList = z.infer<typeof OrganizationSolutionListSchema>;

export const CurationQueueQuerySchema = z.strictObject({
  sdg: z.coerce.number().int().min(1).max(17).optional(),
  region: lineText()
    .regex(/^\d{3}$/, { message: 'An M49 region code such as 002' })
    .optional(),
  organization: z.uuid().optional(),
  /** Only submissions waiting at least this many days. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CurationQueueQuery = z.output<typeof CurationQueueQuerySchema>;
export type CurationQueueParams = z.input<typeof CurationQueueQuerySchema>;

export const CurationQueueItemSchema = z.object({
  solutionId: z.uuid(),
  revisionId: z.uuid(),
  revisionNumber: z.number().int(),
  title: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  sdgs: z.array(z.number().int()),
  regions: z.array(z.string()),
  submittedAt: z.string(),
  ageDays: z.number().int(),
  /** A revision of a solution that is already published (shown as a diff). */
  revisesPublished: z.boolean(),
});
export const CurationQueueSchema = z.object({
  items: z.array(CurationQueueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CurationQueue = z.infer<typeof CurationQueueSchema>;
export type CurationQueueItem = z.infer<typeof CurationQueueItemSchema>;

export const VerificationDueItemSchema = z.object({
  solutionId: z.uuid(),
  slug: z.string(),
  title: z.string(),
  lastVerifiedAt: z.string().nullable(),
  confirmationRequestedAt: z.string().nullable(),
});
export const VerificationDueListSchema = z.object({
  items: z.array(VerificationDueItemSchema),
  total: z.number().int(),
});
export type VerificationDueList = z.infer<typeof VerificationDueListSchema>;

export const AUDIT_ENTITIES = ['solution', 'organization', 'need', 'offer', 'match'] as const;
export const AuditQuerySchema = z.strictObject({
  entity: z.enum(AUDIT_ENTITIES),
  id: z.uuid(),
});
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: PersonRefSchema.nullable(),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string().nullable(),
  revisionNumber: z.number().int().nullable(),
  /** The fields an edit changed. */
  fields: z.array(z.string()),
});
export const AuditListSchema = z.object({ items: z.array(AuditEntrySchema) });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditList = z.infer<typeof AuditListSchema>;

/** The contact of a solution confirms by the link in the email that it is still accurate. */
export const ConfirmVerificationInputSchema = z.strictObject({ token: lineText().min(20).max(200) });

// ---- Bulk import from the UI ---------------------------------------------------------------------

export const ImportInputSchema = z.strictObject({
  format: z.enum(['csv', 'json']),
  /** The file's text, as read by the browser (at most 900 kB, within the request limit). */
  content: z.string().min(1).max(900_000).superRefine(safeText(true)),
});
export type ImportInput = z.input<typeof ImportInputSchema>;

export const ImportPreviewSchema = z.object({
  valid: z.array(z.object({ row: z.number().int(), externalId: z.string(), title: z.string() })),
  invalid: z.array(
    z.object({
      row: z.number().int(),
      externalId: z.string().nullable(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
