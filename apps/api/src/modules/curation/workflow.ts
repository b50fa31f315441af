import type { RevisionState, WorkflowAction, WorkflowStatus } from '@galaxy/contracts';
import { AppError } from '../../common/app-error';

/** Where a solution stands: its published row (if any) and its newest revision (if any). */
export interface WorkflowState {
  published: 'published' | 'archived' | null;
  revision: RevisionState | null;
}

/** What the caller is to this solution: an editor of its organization, staff, or both. */
export interface Capabilities {
  edit: boolean;
  review: boolean;
}

const OPEN: readonly RevisionState[] = ['draft', 'submitted', 'changes_requested'];
export const isOpen = (state: RevisionState | null): boolean => state !== null && OPEN.includes(state);

/**
 * The state machine, in one table: for each action, who may take it and from which states.
 * Anything else is refused with 409 INVALID_TRANSITION (or 403 when the role is missing).
 */
const RULES: Record<WorkflowAction, { by: keyof Capabilities; when: (s: WorkflowState) => boolean; why: string }> = {
  // A draft or a revision sent back can be edited; a published or archived solution can be revised
  // (the edit opens a new revision while the published version stays live).
  edit: {
    by: 'edit',
    when: (s) =>
      s.revision === 'draft' || s.revision === 'changes_requested' || (!isOpen(s.revision) && s.published !== null),
    why: 'Only a draft, a revision sent back for changes, or a published solution can be edited',
  },
  submit: {
    by: 'edit',
    when: (s) => s.revision === 'draft' || s.revision === 'changes_requested',
    why: 'Only a draft or a revision sent back for changes can be submitted',
  },
  approve: { by: 'review', when: (s) => s.revision === 'submitted', why: 'Only a submitted revision can be approved' },
  request_changes: {
    by: 'review',
    when: (s) => s.revision === 'submitted',
    why: 'Changes can be requested only on a submitted revision',
  },
  reject: { by: 'review', when: (s) => s.revision === 'submitted', why: 'Only a submitted revision can be rejected' },
  unpublish: {
    by: 'review',
    when: (s) => s.published === 'published',
    why: 'Only a published solution can be unpublished',
  },
  verify: { by: 'review', when: (s) => s.published === 'published', why: 'Only a published solution can be verified' },
};

/** The revision state each decision leads to. */
export const DECISION_STATE = {
  approve: 'published',
  request_changes: 'changes_requested',
  reject: 'rejected',
} as const satisfies Record<'approve' | 'request_changes' | 'reject', RevisionState>;

export function allowedActions(state: WorkflowState, can: Capabilities): WorkflowAction[] {
  return (Object.keys(RULES) as WorkflowAction[]).filter(
    (action) => can[RULES[action].by] && RULES[action].when(state),
  );
}

/** Throws 403 when the caller lacks the role for the action. */
export function assertRole(action: WorkflowAction, can: Capabilities): void {
  if (!can[RULES[action].by])
    throw AppError.forbidden(
      RULES[action].by === 'review'
        ? 'Only curators can do this'
        : 'Only editors of the solution’s organization can do this',
    );
}

/** Throws 409 INVALID_TRANSITION when the state forbids the action. */
export function assertState(action: WorkflowAction, state: WorkflowState): void {
  const rule = RULES[action];
  if (!rule.when(state)) throw new AppError('INVALID_TRANSITION', `${rule.why} (it is ${statusOf(state)})`);
}

/** Throws 403 when the caller lacks the role for the action, 409 INVALID_TRANSITION when the state forbids it. */
export function assertAllowed(action: WorkflowAction, state: WorkflowState, can: Capabilities): void {
  assertRole(action, can);
  assertState(action, state);
}

/** The solution's status as people see it: published or archived once approved, else its revision's state. */
export function statusOf(state: WorkflowState): WorkflowStatus {
  return state.published ?? state.revision ?? 'draft';
}
