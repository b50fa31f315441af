import { REVISION_STATES, WORKFLOW_ACTIONS, type RevisionState } from '@galaxy/contracts';
import { AppError } from '../../common/app-error';
import { allowedActions, assertAllowed, statusOf, type WorkflowState } from './workflow';

const editor = { edit: true, review: false };
const curator = { edit: false, review: true };

describe('curation state machine', () => {
  it('lets an editor edit and submit a draft, and nothing else', () => {
    expect(allowedActions({ published: null, revision: 'draft' }, editor)).toEqual(['edit', 'submit']);
    expect(allowedActions({ published: null, revision: 'draft' }, curator)).toEqual([]);
  });

  it('lets a curator decide a submitted revision, and the editor only wait', () => {
    const submitted: WorkflowState = { published: null, revision: 'submitted' };
    expect(allowedActions(submitted, curator)).toEqual(['approve', 'request_changes', 'reject']);
    expect(allowedActions(submitted, editor)).toEqual([]);
  });

  it('keeps a published solution revisable, unpublishable and verifiable while a revision is open or not', () => {
    expect(allowedActions({ published: 'published', revision: 'published' }, { edit: true, review: true })).toEqual([
      'edit',
      'unpublish',
      'verify',
    ]);
    expect(allowedActions({ published: 'published', revision: 'submitted' }, curator)).toEqual([
      'approve',
      'request_changes',
      'reject',
      'unpublish',
      'verify',
    ]);
  });

  it('treats a rejected first submission as final, but lets a rejected revision of a live solution be redone', () => {
    expect(allowedActions({ published: null, revision: 'rejected' }, { edit: true, review: true })).toEqual([]);
    expect(allowedActions({ published: 'published', revision: 'rejected' }, editor)).toEqual(['edit']);
  });

  it('refuses every action outside the table with INVALID_TRANSITION, and a missing role with FORBIDDEN', () => {
    const states: WorkflowState[] = [null, 'published', 'archived'].flatMap((published) =>
      [null, ...REVISION_STATES].map((revision) => ({
        published: published as WorkflowState['published'],
        revision: revision as RevisionState | null,
      })),
    );
    const both = { edit: true, review: true };
    for (const state of states) {
      const allowed = allowedActions(state, both);
      for (const action of WORKFLOW_ACTIONS) {
        const attempt = () => assertAllowed(action, state, both);
        if (allowed.includes(action)) expect(attempt).not.toThrow();
        else expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
      }
    }
    expect(() => assertAllowed('approve', { published: null, revision: 'submitted' }, editor)).toThrow(AppError);
    expect(() => assertAllowed('approve', { published: null, revision: 'submitted' }, editor)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('names the status as people see it', () => {
    expect(statusOf({ published: null, revision: 'changes_requested' })).toBe('changes_requested');
    expect(statusOf({ published: 'archived', revision: 'draft' })).toBe('archived');
  });
});
