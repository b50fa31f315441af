import { z } from 'zod';
import { ContentLanguageSchema } from './catalog';
import { PersonRefSchema } from './curation';
import { CountryCodeSchema, SdgGoalSchema, SdgTargetSchema } from './solution-input';
import { repeatable } from './query-params';
import { goalOfTarget } from './sdg-ids';
import { lineText, multilineText } from './text';

/**
 * Matchmaking: organizations publish needs (requests for support) and offers (capacity to
 * support); Galaxy suggests providers with reasons a person can check; curators broker matches
 * from introduction to a recorded result.
 */

export const SUPPORT_MODALITIES = [
  'peer_exchange',
  'training',
  'expert_deployment',
  'technology_transfer',
  'policy_advice',
  'finance',
  'equipment',
] as const;
export const SupportModalitySchema = z.enum(SUPPORT_MODALITIES);
export type SupportModality = z.infer<typeof SupportModalitySchema>;

/** Who may see a listing: everyone, signed-in users, or staff (and its own organization) only. */
export const LISTING_VISIBILITIES = ['public', 'registered', 'staff'] as const;
export const ListingVisibilitySchema = z.enum(LISTING_VISIBILITIES);
export type ListingVisibility = z.infer<typeof ListingVisibilitySchema>;

export const COST_MODELS = ['free', 'cost_shared', 'fee'] as const;
export const CostModelSchema = z.enum(COST_MODELS);
export type CostModel = z.infer<typeof CostModelSchema>;

export const LISTING_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export const ListingStatusSchema = z.enum(LISTING_STATUSES);
export type ListingStatus = z.infer<typeof ListingStatusSchema>;

export const COUNTRY_GROUPS = ['ldc', 'lldc', 'sids'] as const;
export const CountryGroupSchema = z.enum(COUNTRY_GROUPS);

const text = (max: number) => lineText().min(1).max(max);
const optionalText = (max: number) => lineText().max(max).optional();
const textBlock = (max: number) => multilineText().min(1).max(max);
const optionalTextBlock = (max: number) => multilineText().max(max).optional();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'A month such as 2027-03' });
const RegionCodeSchema = z.string().regex(/^\d{3}$/, { message: 'An M49 region code such as 002' });

function targetsWithinGoals(v: { sdgs?: number[]; sdgTargets?: string[] }, ctx: z.RefinementCtx): void {
  if (!v.sdgs || !v.sdgTargets) return;
  v.sdgTargets.forEach((target, i) => {
    if (!v.sdgs?.includes(goalOfTarget(target)))
      ctx.addIssue({
        code: 'custom',
        path: ['sdgTargets', i],
        message: `Target ${target} belongs to SDG ${goalOfTarget(target)}, which is not among the chosen SDGs`,
      });
  });
}

// ---- Needs ---------------------------------------------------------------------------------------

export const CoContributionSchema = z.strictObject({
  cash: optionalTextBlock(500),
  inKind: optionalTextBlock(500),
  staff: optionalTextBlock(500),
});

export const EndorsementSchema = z.strictObject({
  /** The national focal point for South-South cooperation who endorses the request. */
  focalPointName: text(200),
  focalPointTitle: optionalText(200),
  endorsedOn: z.iso.date(),
});

const needFields = {
  title: text(300),
  problemStatement: textBlock(5000),
  currentSituation: optionalTextBlock(5000),
  desiredOutcome: textBlock(3000),
  sdgs: z.array(SdgGoalSchema).min(1).max(17),
  sdgTargets: z.array(SdgTargetSchema).max(169).default([]),
  countries: z.array(CountryCodeSchema).min(1).max(50),
  modalities: z.array(SupportModalitySchema).min(1).max(7),
  languages: z.array(ContentLanguageSchema).min(1).max(7),
  timeframeStart: month.optional(),
  timeframeEnd: month.optional(),
  coContribution: CoContributionSchema.default({}),
  visibility: ListingVisibilitySchema.default('public'),
  endorsement: EndorsementSchema.optional(),
};

function timeframeInOrder(v: { timeframeStart?: string; timeframeEnd?: string }, ctx: z.RefinementCtx): void {
  if (v.timeframeStart && v.timeframeEnd && v.timeframeEnd < v.timeframeStart)
    ctx.addIssue({ code: 'custom', path: ['timeframeEnd'], message: 'The end is before the start' });
}

export const NeedInputSchema = z.strictObject({ organizationId: z.uuid(), ...needFields }).superRefine((v, ctx) => {
  targetsWithinGoals(v, ctx);
  timeframeInOrder(v, ctx);
});
export type NeedInput = z.input<typeof NeedInputSchema>;

/** Any subset of the fields; `null` clears an optional one; `status: withdrawn` withdraws the need. */
export const NeedUpdateInputSchema = z
  .strictObject({
    version: z.number().int().min(1),
    title: needFields.title.optional(),
    problemStatement: needFields.problemStatement.optional(),
    currentSituation: needFields.currentSituation.unwrap().nullable().optional(),
    desiredOutcome: needFields.desiredOutcome.optional(),
    sdgs: needFields.sdgs.optional(),
    sdgTargets: needFields.sdgTargets.unwrap().optional(),
    countries: needFields.countries.optional(),
    modalities: needFields.modalities.optional(),
    languages: needFields.languages.optional(),
    timeframeStart: month.nullable().optional(),
    timeframeEnd: month.nullable().optional(),
    coContribution: CoContributionSchema.optional(),
    visibility: ListingVisibilitySchema.optional(),
    endorsement: EndorsementSchema.nullable().optional(),
    status: z.enum(['open', 'closed', 'withdrawn']).optional(),
  })
  .superRefine((v, ctx) => {
    targetsWithinGoals(v, ctx);
    timeframeInOrder({ timeframeStart: v.timeframeStart ?? undefined, timeframeEnd: v.timeframeEnd ?? undefined }, ctx);
  });
export type NeedUpdateInput = z.input<typeof NeedUpdateInputSchema>;

// ---- Offers --------------------------------------------------------------------------------------

const offerFields = {
  title: text(300),
  description: textBlock(5000),
  modalities: z.array(SupportModalitySchema).min(1).max(7),
  sdgs: z.array(SdgGoalSchema).min(1).max(17),
  sdgTargets: z.array(SdgTargetSchema).max(169).default([]),
  /** Empty lists mean: any country. */
  eligibleCountries: z.array(CountryCodeSchema).max(250).default([]),
  eligibleGroups: z.array(CountryGroupSchema).max(3).default([]),
  eligibleRegions: z.array(RegionCodeSchema).max(40).default([]),
  capacityPerYear: z.number().int().min(1).max(100_000).optional(),
  costModel: CostModelSchema,
  languages: z.array(ContentLanguageSchema).min(1).max(7),
  /** Published solutions of the organization that show its track record. */
  trackRecord: z.array(z.uuid()).max(50).default([]),
  visibility: ListingVisibilitySchema.default('public'),
};

export const OfferInputSchema = z
  .strictObject({ organizationId: z.uuid(), ...offerFields })
  .superRefine(targetsWithinGoals);
export type OfferInput = z.input<typeof OfferInputSchema>;

export const OfferUpdateInputSchema = z
  .strictObject({
    version: z.number().int().min(1),
    title: offerFields.title.optional(),
    description: offerFields.description.optional(),
    modalities: offerFields.modalities.optional(),
    sdgs: offerFields.sdgs.optional(),
    sdgTargets: offerFields.sdgTargets.unwrap().optional(),
    eligibleCountries: offerFields.eligibleCountries.unwrap().optional(),
    eligibleGroups: offerFields.eligibleGroups.unwrap().optional(),
    eligibleRegions: offerFields.eligibleRegions.unwrap().optional(),
    capacityPerYear: offerFields.capacityPerYear.unwrap().nullable().optional(),
    costModel: CostModelSchema.optional(),
    languages: offerFields.languages.optional(),
    trackRecord: offerFields.trackRecord.unwrap().optional(),
    visibility: ListingVisibilitySchema.optional(),
    status: z.enum(['open', 'closed']).optional(),
  })
  .superRefine(targetsWithinGoals);
export type OfferUpdateInput = z.input<typeof OfferUpdateInputSchema>;

// ---- Reading listings ----------------------------------------------------------------------------

const OrganizationBriefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  verification: z.string(),
});

export const NeedSchema = z.object({
  id: z.uuid(),
  kind: z.literal('need'),
  organization: OrganizationBriefSchema,
  title: z.string(),
  problemStatement: z.string(),
  currentSituation: z.string().nullable(),
  desiredOutcome: z.string(),
  sdgs: z.array(z.number().int()),
  sdgTargets: z.array(z.string()),
  countries: z.array(z.string()),
  regions: z.array(z.string()),
  modalities: z.array(SupportModalitySchema),
  languages: z.array(z.string()),
  timeframeStart: z.string().nullable(),
  timeframeEnd: z.string().nullable(),
  visibility: ListingVisibilitySchema,
  status: ListingStatusSchema,
  endorsed: z.boolean(),
  /** Only for the organization's members, staff and the parties of its matches. */
  coContribution: CoContributionSchema.nullable(),
  endorsement: EndorsementSchema.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** For the organization's members and staff: matches of this need and what the caller may do. */
  canEdit: z.boolean(),
});
export type Need = z.infer<typeof NeedSchema>;

export const OfferSchema = z.object({
  id: z.uuid(),
  kind: z.literal('offer'),
  organization: OrganizationBriefSchema,
  title: z.string(),
  description: z.string(),
  modalities: z.array(SupportModalitySchema),
  sdgs: z.array(z.number().int()),
  sdgTargets: z.array(z.string()),
  eligibleCountries: z.array(z.string()),
  eligibleGroups: z.array(CountryGroupSchema),
  eligibleRegions: z.array(z.string()),
  capacityPerYear: z.number().int().nullable(),
  costModel: CostModelSchema,
  languages: z.array(z.string()),
  trackRecord: z.array(z.object({ id: z.uuid(), slug: z.string(), title: z.string() })),
  visibility: ListingVisibilitySchema,
  status: ListingStatusSchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
});
export type Offer = z.infer<typeof OfferSchema>;

export const LISTING_SORTS = ['relevance', 'newest', 'oldest'] as const;
export const ListingSearchQuerySchema = z.strictObject({
  q: lineText().max(200).optional(),
  // Several values of one facet match any of them; different facets must all match.
  sdg: repeatable(SdgGoalSchema),
  country: repeatable(CountryCodeSchema),
  region: repeatable(RegionCodeSchema),
  modality: repeatable(SupportModalitySchema),
  language: repeatable(ContentLanguageSchema),
  organization: z.uuid().optional(),
  /** Only listings published at least this many days ago (the broker's queue). */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  status: ListingStatusSchema.default('open'),
  sort: z.enum(LISTING_SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListingSearchQuery = z.output<typeof ListingSearchQuerySchema>;
export type ListingSearchParams = z.input<typeof ListingSearchQuerySchema>;

export const ListingSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['need', 'offer']),
  title: z.string(),
  /** Problem statement (need) or description (offer), shortened. */
  excerpt: z.string(),
  organization: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  sdgs: z.array(z.number().int()),
  countries: z.array(z.string()),
  regions: z.array(z.string()),
  modalities: z.array(SupportModalitySchema),
  languages: z.array(z.string()),
  visibility: ListingVisibilitySchema,
  status: ListingStatusSchema,
  createdAt: z.string(),
  ageDays: z.number().int(),
  /** Staff only: how many matches the listing has (null for others). */
  matches: z.number().int().nullable(),
});
export type ListingSummary = z.infer<typeof ListingSummarySchema>;

export const ListingSearchResultSchema = z.object({
  items: z.array(ListingSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({
    sdg: z.record(z.string(), z.number().int()),
    region: z.record(z.string(), z.number().int()),
    modality: z.record(z.string(), z.number().int()),
    language: z.record(z.string(), z.number().int()),
  }),
  degraded: z.boolean(),
});
export type ListingSearchResult = z.infer<typeof ListingSearchResultSchema>;

// ---- Suggestions ---------------------------------------------------------------------------------

export const REASON_CODES = [
  'shared_targets',
  'shared_goals',
  'same_subregion',
  'same_region',
  'shared_language',
  'modality_fit',
  'track_record',
  'verified',
  'text_relevance',
  'eligible',
] as const;
export const ReasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

/** A reason a person can check: its code, an English sentence, its points, and the values behind it
 * (target ids, M49 region codes, language or modality codes) for a client to show in its language. */
export const ReasonSchema = z.object({
  code: ReasonCodeSchema,
  text: z.string(),
  points: z.number(),
  values: z.array(z.string()),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const SuggestionSchema = z.object({
  kind: z.enum(['organization', 'solution', 'offer']),
  id: z.uuid(),
  title: z.string(),
  /** The provider organization behind the suggestion. */
  organization: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  /** 0–100. */
  score: z.number(),
  reasons: z.array(ReasonSchema),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;
/** `GET /needs/:id/suggestions` answers a bare array, best first, as the matchmaking issue specifies. */
export const SuggestionListSchema = z.array(SuggestionSchema);
export type SuggestionList = z.infer<typeof SuggestionListSchema>;

export const SuggestTargetsQuerySchema = z.strictObject({
  text: multilineText().min(3).max(5000),
  lang: z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']).default('en'),
});
export const TargetSuggestionListSchema = z.object({
  items: z.array(z.object({ id: z.string(), goal: z.number().int(), title: z.string(), score: z.number() })),
});
export type TargetSuggestionList = z.infer<typeof TargetSuggestionListSchema>;

// ---- Matches -------------------------------------------------------------------------------------

export const MATCH_STAGES = [
  'suggested',
  'introduced',
  'exploring',
  'agreed',
  'implementing',
  'completed',
  'dropped',
] as const;
export const MatchStageSchema = z.enum(MATCH_STAGES);
export type MatchStage = z.infer<typeof MatchStageSchema>;

export const MatchInputSchema = z
  .strictObject({
    needId: z.uuid(),
    organizationId: z.uuid().optional(),
    solutionId: z.uuid().optional(),
    offerId: z.uuid().optional(),
  })
  .refine((v) => v.organizationId || v.solutionId || v.offerId, {
    message: 'Name the provider: an organization, one of its solutions or one of its offers',
    path: ['organizationId'],
  });
export type MatchInput = z.input<typeof MatchInputSchema>;

export const MilestoneSchema = z.strictObject({
  title: text(300),
  due: z.iso.date().optional(),
  done: z.boolean().default(false),
});

export const MatchUpdateInputSchema = z
  .strictObject({
    version: z.number().int().min(1),
    stage: MatchStageSchema.optional(),
    /** Why (required to drop or decline), or what happened. */
    note: multilineText().max(5000).optional(),
    /** Required to complete: what the partnership achieved. */
    outcome: multilineText().max(10000).optional(),
    /** Each party writes its own. */
    commitment: multilineText().max(5000).optional(),
    milestones: z.array(MilestoneSchema).max(50).optional(),
  })
  // A note or an outcome goes with a stage; alone they would change nothing.
  .refine((v) => Object.keys(v).some((k) => !['version', 'note', 'outcome'].includes(k)), {
    message: 'Nothing to change: give a stage, a commitment or milestones',
    path: ['stage'],
  })
  .superRefine((v, ctx) => {
    if (v.stage === 'dropped' && !v.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say why the match is dropped' });
    if (v.stage === 'completed' && !v.outcome)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Record what the partnership achieved' });
  });
export type MatchUpdateInput = z.input<typeof MatchUpdateInputSchema>;

export const MessageInputSchema = z.strictObject({ body: textBlock(10000) });
export type MessageInput = z.input<typeof MessageInputSchema>;

export const MATCH_PARTIES = ['recipient', 'provider', 'broker'] as const;
export const MatchPartySchema = z.enum(MATCH_PARTIES);
export type MatchParty = z.infer<typeof MatchPartySchema>;

export const MatchSchema = z.object({
  id: z.uuid(),
  stage: MatchStageSchema,
  version: z.number().int(),
  need: z.object({ id: z.uuid(), title: z.string(), countries: z.array(z.string()), sdgs: z.array(z.number().int()) }),
  recipient: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  provider: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  solution: z.object({ id: z.uuid(), slug: z.string(), title: z.string() }).nullable(),
  offer: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  broker: PersonRefSchema.nullable(),
  score: z.number(),
  reasons: z.array(ReasonSchema),
  commitments: z.object({ recipient: z.string().nullable(), provider: z.string().nullable() }),
  milestones: z.array(z.object({ title: z.string(), due: z.string().optional(), done: z.boolean() })),
  outcome: z.string().nullable(),
  dropReason: z.string().nullable(),
  replicationDraftId: z.uuid().nullable(),
  createdAt: z.string(),
  lastActionAt: z.string(),
  daysSinceLastAction: z.number().int(),
  history: z.array(
    z.object({
      at: z.string(),
      actor: PersonRefSchema.nullable(),
      from: z.string().nullable(),
      to: z.string(),
      note: z.string().nullable(),
    }),
  ),
  messages: z.array(
    z.object({
      id: z.uuid(),
      author: PersonRefSchema.nullable(),
      party: MatchPartySchema,
      body: z.string(),
      at: z.string(),
    }),
  ),
  /** What the caller is in this match, and the stages it may move it to now. */
  yourParties: z.array(MatchPartySchema),
  allowedStages: z.array(MatchStageSchema),
});
export type Match = z.infer<typeof MatchSchema>;

export const MatchListQuerySchema = z.strictObject({
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  needId: z.uuid().optional(),
  stage: MatchStageSchema.optional(),
});
export const MatchSummarySchema = MatchSchema.pick({
  id: true,
  stage: true,
  need: true,
  recipient: true,
  provider: true,
  score: true,
  lastActionAt: true,
  daysSinceLastAction: true,
});
export const MatchListSchema = z.object({ items: z.array(MatchSummarySchema) });
export type MatchList = z.infer<typeof MatchListSchema>;

export const ReplicationSchema = z.object({ solutionId: z.uuid() });

// ---- Dashboard -----------------------------------------------------------------------------------

const RatesSchema = z.object({
  openNeeds: z.number().int(),
  matches: z.number().int(),
  /** Median days from a need's publication to its first introduction. */
  medianDaysToFirstIntroduction: z.number().nullable(),
  /** Accepted introductions / answered introductions. */
  acceptanceRate: z.number().nullable(),
  /** Completed / (completed + dropped). */
  completionRate: z.number().nullable(),
});
export const MatchmakingDashboardSchema = z.object({
  overall: RatesSchema,
  byRegion: z.array(RatesSchema.extend({ region: z.string() })),
  bySdg: z.array(RatesSchema.extend({ sdg: z.number().int() })),
});
export type MatchmakingDashboard = z.infer<typeof MatchmakingDashboardSchema>;
