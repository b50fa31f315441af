import { Injectable } from '@nestjs/common';
import {
  SolutionInputSchema,
  type CreateSolutionDraftInput,
  type OrganizationSolutionList,
  type ReviewInput,
  type Revision,
  type RevisionList,
  type RevisionState,
  type Rubric,
  type SolutionDraft,
  type SolutionWorkspace,
  type UnpublishInput,
  type UpdateSolutionDraftInput,
  type WorkflowAction,
} from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { withoutNulls } from '../../common/objects';
import { AppError, type FieldError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { CatalogWriter } from '../catalog/catalog-writer';
import { enqueueSearchSync } from '../catalog/outbox';
import { AccessPolicy, unknownOrganizationInBody } from '../organizations/access-policy';
import { AuditLog } from './audit-log';
import { CurationMail } from './curation-mail';
import {
  allowedActions,
  assertRole,
  assertState,
  DECISION_STATE,
  isOpen,
  statusOf,
  type WorkflowState,
} from './workflow';

/** Solutions not verified for this long are flagged, and their contact is asked to confirm. */
export const VERIFICATION_MAX_MONTHS = 18;
export const VERIFICATION_MAX_AGE = `${VERIFICATION_MAX_MONTHS} months`;

interface SolutionRow {
  id: string;
  slug: string;
  curation_status: string;
  version: number;
  owner_organization_id: string | null;
  published_at: Date | null;
  last_verified_at: Date | null;
  rubric: Rubric | null;
  verification_due: boolean;
  title: string;
}

interface RevisionRow {
  id: string;
  solution_id: string;
  organization_id: string;
  number: number;
  state: RevisionState;
  content: SolutionDraft;
  version: number;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  decider_name: string | null;
  decision_note: string | null;
  rubric: Rubric | null;
  replicated_from: string | null;
}

/** Everything known about one solution's workflow, read inside the transaction that acts on it. */
interface Loaded {
  id: string;
  solution: SolutionRow | null;
  revision: RevisionRow | null;
  organization: {
    id: string;
    name: string;
    slug: string;
    type: string;
    country: string | null;
    acronym: string | null;
  } | null;
  state: WorkflowState;
  version: number;
  can: { edit: boolean; review: boolean };
}

const REVISION_SELECT = `SELECT r.*, a.name AS author_name, d.name AS decider_name
  FROM solution_revisions r LEFT JOIN users a ON a.id = r.author_id LEFT JOIN users d ON d.id = r.decided_by`;

/**
 * The curation workflow of solutions: drafts, submission, review, publication, unpublication and
 * verification, each in one transaction with its audit entry, under a per-solution lock, checked
 * against the state machine (workflow.ts) and the caller's version.
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly db: DataSource,
    private readonly writer: CatalogWriter,
    private readonly audit: AuditLog,
    private readonly mail: CurationMail,
    private readonly access: AccessPolicy,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------

  async workspace(user: AuthUser, id: string): Promise<SolutionWorkspace> {
    const loaded = await this.load(this.db.manager, user, id);
    return this.toWorkspace(this.db.manager, loaded);
  }

  async revisions(user: AuthUser, id: string): Promise<RevisionList> {
    await this.load(this.db.manager, user, id);
    const rows: RevisionRow[] = await this.db.query(
      `${REVISION_SELECT} WHERE r.solution_id = $1 ORDER BY r.number DESC`,
      [id],
    );
    return { items: rows.map(toRevision) };
  }

  /** The organization's solutions in every state, for its members and staff. */
  async organizationSolutions(organizationId: string): Promise<OrganizationSolutionList> {
    const rows: {
      solution_id: string;
      title: string | null;
      published: 'published' | 'archived' | null;
      revision: RevisionState | null;
      updated_at: Date;
      slug: string | null;
    }[] = await this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (solution_id) solution_id, state, content ->> 'title' AS title, updated_at
         FROM solution_revisions WHERE organization_id = $1 ORDER BY solution_id, number DESC)
       SELECT coalesce(s.id, l.solution_id) AS solution_id, coalesce(l.title, s.title) AS title,
         CASE WHEN s.curation_status IN ('published', 'archived') THEN s.curation_status END AS published,
         l.state AS revision, greatest(s.updated_at, l.updated_at) AS updated_at, s.slug
       FROM (SELECT * FROM solutions WHERE owner_organization_id = $1) s
       FULL JOIN latest l ON l.solution_id = s.id
       ORDER BY 5 DESC LIMIT 1000`,
      [organizationId],
    );
    return {
      items: rows.map((r) => ({
        solutionId: r.solution_id,
        title: r.title,
        status: statusOf({ published: r.published, revision: r.revision }),
        openRevision: r.published && isOpen(r.revision) ? r.revision : null,
        updatedAt: r.updated_at.toISOString(),
        slug: r.published === 'published' ? r.slug : null,
      })),
    };
  }

  // ---- partners ----------------------------------------------------------------------------------

  async create(user: AuthUser, input: CreateSolutionDraftInput): Promise<SolutionWorkspace> {
    const { organizationId, ...fields } = input;
    const id = await this.db.transaction(async (m) => {
      await this.access.requireAccess({
        auth: user,
        permission: 'solution.submit',
        organizationId,
        manager: m,
        whenMissing: unknownOrganizationInBody,
      });
      const [org] = await m.query(
        `SELECT o.id, o.name, o.acronym, o.type, o.country FROM organizations o WHERE o.id = $1`,
        [organizationId],
      );
      const content = applyChanges(
        {
          // The writing organization implements the solution, unless the partner says otherwise.
          organizations: [
            {
              name: org.name,
              type: org.type,
              role: 'implementing',
              ...(org.acronym ? { acronym: org.acronym } : {}),
              ...(org.country ? { country: org.country.trim() } : {}),
            },
          ],
        },
        fields,
      );
      const [rev] = await m.query(
        `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id)
         VALUES (gen_random_uuid(), $1, 1, 'draft', $2, 1, $3) RETURNING solution_id`,
        [organizationId, JSON.stringify(content), user.id],
      );
      await this.audit.record(m, {
        entity: 'solution',
        entityId: rev.solution_id,
        action: 'create',
        actorId: user.id,
        to: 'draft',
        revisionNumber: 1,
        fields: Object.keys(fields),
      });
      return rev.solution_id as string;
    });
    return this.workspace(user, id);
  }

  async update(user: AuthUser, id: string, input: UpdateSolutionDraftInput): Promise<SolutionWorkspace> {
    const { version, ...changes } = input;
    await this.act(user, id, 'edit', version, async (m, loaded) => {
      const open = loaded.revision && isOpen(loaded.revision.state) ? loaded.revision : null;
      if (open) {
        await m.query(
          `UPDATE solution_revisions SET content = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [open.id, JSON.stringify(applyChanges(open.content, changes))],
        );
      } else {
        // Revising a published (or archived) solution: a new revision from its current text.
        const number = (loaded.revision?.number ?? 0) + 1;
        const base = await this.publishedContent(m, id);
        await m.query(
          `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, author_id)
           VALUES ($1, $2, $3, 'draft', $4, $5, $6)`,
          [
            id,
            owner(loaded).id,
            number,
            JSON.stringify(applyChanges(base, changes)),
            (loaded.revision?.version ?? 0) + 1,
            user.id,
          ],
        );
      }
      await this.audit.record(m, {
        entity: 'solution',
        entityId: id,
        action: open ? 'edit' : 'revise',
        actorId: user.id,
        from: statusOf(loaded.state),
        to: open ? statusOf(loaded.state) : statusOf({ ...loaded.state, revision: 'draft' }),
        revisionNumber: open?.number ?? (loaded.revision?.number ?? 0) + 1,
        fields: Object.keys(changes),
      });
    });
    return this.workspace(user, id);
  }

  async submit(user: AuthUser, id: string, version: number): Promise<SolutionWorkspace> {
    let notice: Parameters<CurationMail['submitted']>[0] | undefined;
    await this.act(user, id, 'submit', version, async (m, loaded) => {
      const revision = loaded.revision as RevisionRow;
      completeSolution(revision.content, owner(loaded).name);
      await m.query(
        `UPDATE solution_revisions SET state = 'submitted', submitted_at = now(), version = version + 1,
           updated_at = now() WHERE id = $1`,
        [revision.id],
      );
      await this.audit.record(m, {
        entity: 'solution',
        entityId: id,
        action: 'submit',
        actorId: user.id,
        from: statusOf(loaded.state),
        to: statusOf({ ...loaded.state, revision: 'submitted' }),
        revisionNumber: revision.number,
      });
      notice = {
        id,
        title: revision.content.title ?? '',
        organization: owner(loaded).name,
        revisesPublished: loaded.state.published !== null,
      };
    });
    if (notice) this.mail.submitted(notice);
    return this.workspace(user, id);
  }

  // ---- curators ----------------------------------------------------------------------------------

  async review(user: AuthUser, id: string, input: ReviewInput): Promise<SolutionWorkspace> {
    let title = '';
    let organizationId = '';
    await this.act(user, id, input.decision, input.version, async (m, loaded) => {
      const revision = loaded.revision as RevisionRow;
      const state = DECISION_STATE[input.decision];
      await m.query(
        `UPDATE solution_revisions SET state = $2, decided_at = now(), decided_by = $3, decision_note = $4, rubric = $5,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [revision.id, state, user.id, input.note || null, input.rubric ? JSON.stringify(input.rubric) : null],
      );
      if (input.decision === 'approve') {
        await this.writer.publishRevision(m, {
          id,
          ownerOrganizationId: owner(loaded).id,
          input: withOwner(completeSolution(revision.content, owner(loaded).name), owner(loaded)),
          rubric: input.rubric ?? null,
          replicatedFrom: revision.replicated_from,
        });
      }
      await this.audit.record(m, {
        entity: 'solution',
        entityId: id,
        action: input.decision,
        actorId: user.id,
        from: statusOf(loaded.state),
        to: statusOf({
          published: input.decision === 'approve' ? 'published' : loaded.state.published,
          revision: state,
        }),
        note: input.note || null,
        revisionNumber: revision.number,
      });
      title = revision.content.title ?? loaded.solution?.title ?? '';
      organizationId = owner(loaded).id;
    });
    this.mail.decided(input.decision, { id, title, organizationId }, input.note || null);
    return this.workspace(user, id);
  }

  async unpublish(user: AuthUser, id: string, input: UnpublishInput): Promise<SolutionWorkspace> {
    let title = '';
    let organizationId = '';
    await this.act(user, id, 'unpublish', input.version, async (m, loaded) => {
      await m.query(
        `UPDATE solutions SET curation_status = 'archived', version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      await enqueueSearchSync(m, 'solution', [id]);
      const orgs: { organization_id: string }[] = await m.query(
        `SELECT organization_id FROM solution_organizations WHERE solution_id = $1`,
        [id],
      );
      await enqueueSearchSync(
        m,
        'organization',
        orgs.map((o) => o.organization_id),
      );
      await this.audit.record(m, {
        entity: 'solution',
        entityId: id,
        action: 'unpublish',
        actorId: user.id,
        from: statusOf(loaded.state),
        to: statusOf({ ...loaded.state, published: 'archived' }),
        note: input.note,
      });
      title = loaded.solution?.title ?? '';
      organizationId = loaded.organization?.id ?? '';
    });
    if (organizationId) this.mail.decided('unpublish', { id, title, organizationId }, input.note);
    return this.workspace(user, id);
  }

  /** "Verified today": the text was checked; not a change of the text, so editors' versions stay valid. */
  async verify(user: AuthUser, id: string): Promise<SolutionWorkspace> {
    await this.act(user, id, 'verify', undefined, async (m, loaded) => {
      await markVerified(m, id);
      await this.audit.record(m, {
        entity: 'solution',
        entityId: id,
        action: 'verify',
        actorId: user.id,
        from: statusOf(loaded.state),
        to: statusOf(loaded.state),
      });
    });
    return this.workspace(user, id);
  }

  // ---- the machinery -------------------------------------------------------------------------------

  /**
   * Runs one workflow action: locks the solution, reads its state, checks the caller's version and
   * the state machine, then lets `change` write in the same transaction.
   */
  private async act(
    user: AuthUser,
    id: string,
    action: WorkflowAction,
    version: number | undefined,
    change: (m: EntityManager, loaded: Loaded) => Promise<void>,
  ): Promise<void> {
    let stale: Loaded | undefined;
    await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 5))`, [id]);
      const loaded = await this.load(m, user, id);
      assertRole(action, loaded.can);
      if (version !== undefined && version !== loaded.version) {
        stale = loaded;
        return;
      }
      assertState(action, loaded.state);
      await change(m, loaded);
    });
    if (stale) {
      throw new AppError(
        'STALE_VERSION',
        'Someone changed this solution after you opened it: here is the current version, merge your changes into it',
        [{ location: 'body', field: 'version', message: `The current version is ${stale.version}` }],
        {},
        { current: await this.toWorkspace(this.db.manager, stale) },
      );
    }
  }

  /** Reads the workflow state and the caller's rights; 404 when no such solution, 403 when not theirs to see. */
  private async load(m: EntityManager, user: AuthUser, id: string): Promise<Loaded> {
    const [solution]: SolutionRow[] = await m.query(
      `SELECT id, slug, curation_status, version, owner_organization_id, published_at, last_verified_at, rubric, title,
         (last_verified_at IS NULL OR last_verified_at < now() - interval '${VERIFICATION_MAX_AGE}') AS verification_due
       FROM solutions WHERE id = $1`,
      [id],
    );
    const [revision]: RevisionRow[] = await m.query(
      `${REVISION_SELECT} WHERE r.solution_id = $1 ORDER BY r.number DESC LIMIT 1`,
      [id],
    );
    const organizationId = solution?.owner_organization_id ?? revision?.organization_id;
    if (!solution && !revision) throw AppError.notFound('Solution');
    const [org] = organizationId
      ? await m.query(
          `SELECT o.id, o.name, o.slug, o.type, o.country, o.acronym FROM organizations o WHERE o.id = $1`,
          [organizationId],
        )
      : [];
    // A solution with no owning organization (imported without one) is staff's alone.
    const can = {
      edit:
        Boolean(org) &&
        (await this.access.can({ auth: user, permission: 'solution.submit', organizationId: org.id, manager: m })),
      review: this.access.holdsGlobally(user, 'curation.review'),
    };
    if (!can.edit && !can.review) {
      // Published solutions are public anyway; anything else is nobody else's business.
      throw AppError.forbidden('Only the organization’s editors and curators can see this');
    }
    const published =
      solution && (solution.curation_status === 'published' || solution.curation_status === 'archived')
        ? solution.curation_status
        : null;
    return {
      id,
      solution: solution ?? null,
      revision: revision ?? null,
      organization: org
        ? {
            id: org.id,
            name: org.name,
            slug: org.slug,
            type: org.type,
            country: org.country?.trim() ?? null,
            acronym: org.acronym,
          }
        : null,
      state: { published, revision: revision?.state ?? null },
      version: (solution?.version ?? 0) + (revision?.version ?? 0),
      can,
    };
  }

  private async toWorkspace(m: EntityManager, loaded: Loaded): Promise<SolutionWorkspace> {
    const { solution } = loaded;
    return {
      solutionId: loaded.id,
      organization: loaded.organization
        ? { id: owner(loaded).id, name: owner(loaded).name, slug: owner(loaded).slug }
        : null,
      status: statusOf(loaded.state),
      version: loaded.version,
      revision: loaded.revision ? toRevision(loaded.revision) : null,
      published:
        solution && loaded.state.published && solution.published_at
          ? {
              slug: solution.slug,
              content: await this.publishedContent(m, loaded.id),
              publishedAt: solution.published_at.toISOString(),
              lastVerifiedAt: solution.last_verified_at?.toISOString() ?? null,
              verificationDue: solution.verification_due,
              rubric: solution.rubric,
            }
          : null,
      allowedActions: allowedActions(loaded.state, loaded.can),
    };
  }

  /** The published solution, in the shape a partner writes (what a revision starts from and is compared with). */
  private async publishedContent(m: EntityManager, id: string): Promise<SolutionDraft> {
    const [s] = await m.query(`SELECT * FROM solutions WHERE id = $1`, [id]);
    const countries: { country: string; role: string }[] = await m.query(
      `SELECT trim(country) AS country, role FROM solution_countries WHERE solution_id = $1 ORDER BY position`,
      [id],
    );
    const organizations: {
      name: string;
      acronym: string | null;
      type: string;
      country: string | null;
      role: string;
    }[] = await m.query(
      `SELECT o.name, o.acronym, o.type, trim(o.country) AS country, so.role FROM solution_organizations so
         JOIN organizations o ON o.id = so.organization_id WHERE so.solution_id = $1 ORDER BY so.position`,
      [id],
    );
    return withoutNulls({
      language: s.language,
      title: s.title,
      subtitle: s.subtitle,
      summary: s.summary,
      challenge: s.challenge,
      towardsSolution: s.towards_solution,
      resultsImpact: s.results_impact,
      sustainability: s.sustainability,
      replicability: s.replicability,
      lessonsLearned: s.lessons_learned,
      buildingBlocks: s.building_blocks,
      sdgs: s.sdgs,
      sdgTargets: s.sdg_targets,
      countries,
      modality: s.modality,
      themes: s.themes,
      organizations: organizations.map((o) => withoutNulls(o)),
      projectStatus: s.project_status,
      startYear: s.start_year,
      endYear: s.end_year,
      budgetRange: s.budget_range,
      funders: s.funders?.length ? s.funders : null,
      beneficiaries: s.beneficiaries,
      contacts: s.contacts,
      links: s.links,
    }) as SolutionDraft;
  }
}

export async function markVerified(m: EntityManager, id: string): Promise<void> {
  await m.query(
    `UPDATE solutions SET last_verified_at = now(), confirmation_token_hash = NULL, confirmation_requested_at = NULL
     WHERE id = $1`,
    [id],
  );
}

/** The owning organization; every path that edits or decides a revision has one (the revision's). */
function owner(loaded: Loaded): NonNullable<Loaded['organization']> {
  if (!loaded.organization) throw new AppError('INTERNAL_ERROR', `Solution ${loaded.id} has no owning organization`);
  return loaded.organization;
}

/** A draft with these changes: a given field replaces the old value, `null` clears it. */
function applyChanges(content: SolutionDraft, changes: Record<string, unknown>): SolutionDraft {
  const next: Record<string, unknown> = { ...content };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as SolutionDraft;
}

/**
 * The draft as a complete solution, or 400 listing every missing or wrong field (location "draft",
 * the field's path as in the form).
 */
function completeSolution(content: SolutionDraft, organizationName: string) {
  const result = SolutionInputSchema.safeParse({
    ...content,
    source: `Submitted by ${organizationName} through Galaxy`,
  });
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    const missing =
      issue.path.length === 1 && (content as Record<string, unknown>)[String(issue.path[0])] === undefined;
    return { location: 'draft', field, message: missing ? 'Required before submitting' : issue.message };
  });
  throw new AppError('VALIDATION_FAILED', 'The solution is not complete yet: fix the fields listed', errors);
}

/** The owning organization always appears among the implementing organizations of what it publishes. */
function withOwner(
  input: ReturnType<typeof completeSolution>,
  owner: NonNullable<Loaded['organization']>,
): ReturnType<typeof completeSolution> {
  if (input.organizations.some((o) => o.name.toLowerCase() === owner.name.toLowerCase())) return input;
  return {
    ...input,
    organizations: [
      {
        name: owner.name,
        type: owner.type as (typeof input.organizations)[number]['type'],
        role: 'implementing',
        ...(owner.acronym ? { acronym: owner.acronym } : {}),
        ...(owner.country ? { country: owner.country } : {}),
      },
      ...input.organizations,
    ],
  };
}

function toRevision(r: RevisionRow): Revision {
  return {
    id: r.id,
    number: r.number,
    state: r.state,
    content: r.content,
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    submittedAt: r.submitted_at?.toISOString() ?? null,
    decidedAt: r.decided_at?.toISOString() ?? null,
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decider_name ?? '' } : null,
    decisionNote: r.decision_note,
    rubric: r.rubric,
  };
}
