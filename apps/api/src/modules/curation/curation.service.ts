import { Injectable } from '@nestjs/common';
import {
  SolutionInputSchema,
  type CreateSolutionDraftInput,
  type OrganizationSolutionList,
  type ReviewInput,
  type Revision,
  type RevisionList,
  type SolutionDraft,
  type SolutionWorkspace,
  type UnpublishInput,
  type UpdateSolutionDraftInput,
  type WorkflowAction,
} from '@galaxy/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, type FieldError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { CatalogWriter } from '../catalog/catalog-writer';
import { enqueueOwnDocuments, enqueueSearchSync } from '../search';
import { AccessPolicy, unknownOrganizationInBody } from '../organizations/access-policy';
import { SolutionRevisionsRepository, type RevisionRecord } from '../solutions/solution-revisions.repository';
import { SolutionsRepository, type WorkflowSolution } from '../solutions/solutions.repository';
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

/** Everything known about one solution's workflow, read inside the transaction that acts on it. */
interface Loaded {
  id: string;
  solution: WorkflowSolution | null;
  revision: RevisionRecord | null;
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

/**
 * The curation workflow of solutions: drafts, submission, review, publication, unpublication and
 * verification, each in one transaction with its audit entry, under a per-solution lock, checked
 * against the state machine (workflow.ts) and the caller's version.
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly db: DataSource,
    private readonly solutions: SolutionsRepository,
    private readonly revisionsOf: SolutionRevisionsRepository,
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
    return { items: (await this.revisionsOf.list(id)).map(toRevision) };
  }

  /** The organization's solutions in every state, for its members and staff. */
  async organizationSolutions(organizationId: string): Promise<OrganizationSolutionList> {
    const rows = await this.solutions.ofOrganization(organizationId);
    return {
      items: rows.map((r) => ({
        solutionId: r.solutionId,
        title: r.title,
        status: statusOf({ published: r.published, revision: r.revision }),
        openRevision: r.published && isOpen(r.revision) ? r.revision : null,
        updatedAt: r.updatedAt.toISOString(),
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
      const org = await this.solutions.owningOrganization(m, organizationId);
      if (!org) throw new AppError('INTERNAL_ERROR', `Organization ${organizationId} vanished`);
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
      const solutionId = await this.revisionsOf.createDraft(m, {
        solutionId: null,
        organizationId,
        number: 1,
        version: 1,
        content,
        authorId: user.id,
      });
      await this.audit.record(m, {
        entity: 'solution',
        entityId: solutionId,
        action: 'create',
        actorId: user.id,
        to: 'draft',
        revisionNumber: 1,
        fields: Object.keys(fields),
      });
      return solutionId;
    });
    return this.workspace(user, id);
  }

  async update(user: AuthUser, id: string, input: UpdateSolutionDraftInput): Promise<SolutionWorkspace> {
    const { version, ...changes } = input;
    await this.act(user, id, 'edit', version, async (m, loaded) => {
      const open = loaded.revision && isOpen(loaded.revision.state) ? loaded.revision : null;
      if (open) {
        await this.revisionsOf.replaceContent(m, open.id, applyChanges(open.content, changes));
      } else {
        // Revising a published (or archived) solution: a new revision from its current text.
        const number = (loaded.revision?.number ?? 0) + 1;
        const base = await this.solutions.publishedDraft(m, id);
        await this.revisionsOf.createDraft(m, {
          solutionId: id,
          organizationId: owner(loaded).id,
          number,
          content: applyChanges(base, changes),
          version: (loaded.revision?.version ?? 0) + 1,
          authorId: user.id,
        });
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
      const revision = loaded.revision as RevisionRecord;
      completeSolution(revision.content, owner(loaded).name);
      await this.revisionsOf.submit(m, revision.id);
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
      const revision = loaded.revision as RevisionRecord;
      const state = DECISION_STATE[input.decision];
      await this.revisionsOf.decide(m, revision.id, {
        state,
        by: user.id,
        note: input.note || null,
        rubric: input.rubric ?? null,
      });
      if (input.decision === 'approve') {
        await this.writer.publishRevision(m, {
          id,
          ownerOrganizationId: owner(loaded).id,
          input: withOwner(completeSolution(revision.content, owner(loaded).name), owner(loaded)),
          rubric: input.rubric ?? null,
          replicatedFrom: revision.replicatedFrom,
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
      await this.solutions.archive(m, id);
      await enqueueSearchSync(m, 'solution', [id]);
      await enqueueOwnDocuments(m, 'organization', await this.solutions.organizationIdsOf(m, [id]));
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
      await this.solutions.markVerified(m, id);
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
      await this.solutions.lock(m, id);
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
    const solution = await this.solutions.workflowSolution(m, id, VERIFICATION_MAX_MONTHS);
    const revision = await this.revisionsOf.latest(m, id);
    const organizationId = solution?.ownerOrganizationId ?? revision?.organizationId;
    if (!solution && !revision) throw AppError.notFound('Solution');
    const org = organizationId ? await this.solutions.owningOrganization(m, organizationId) : null;
    // A solution with no owning organization (imported without one) is staff's alone.
    const can = {
      edit:
        org !== null &&
        (await this.access.can({ auth: user, permission: 'solution.submit', organizationId: org.id, manager: m })),
      review: this.access.holdsGlobally(user, 'curation.review'),
    };
    if (!can.edit && !can.review) {
      // Published solutions are public anyway; anything else is nobody else's business.
      throw AppError.forbidden('Only the organization’s editors and curators can see this');
    }
    const published =
      solution && (solution.curationStatus === 'published' || solution.curationStatus === 'archived')
        ? solution.curationStatus
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
        solution && loaded.state.published && solution.publishedAt
          ? {
              slug: solution.slug,
              content: await this.solutions.publishedDraft(m, loaded.id),
              publishedAt: solution.publishedAt.toISOString(),
              lastVerifiedAt: solution.lastVerifiedAt?.toISOString() ?? null,
              verificationDue: solution.verificationDue,
              rubric: solution.rubric,
            }
          : null,
      allowedActions: allowedActions(loaded.state, loaded.can),
    };
  }
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

function toRevision(r: RevisionRecord): Revision {
  return {
    id: r.id,
    number: r.number,
    state: r.state,
    content: r.content,
    author: r.authorId ? { id: r.authorId, name: r.authorName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedBy: r.decidedBy ? { id: r.decidedBy, name: r.deciderName ?? '' } : null,
    decisionNote: r.decisionNote,
    rubric: r.rubric,
  };
}
