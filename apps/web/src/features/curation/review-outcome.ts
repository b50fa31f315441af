import type { WorkflowAction } from '@galaxy/contracts';
import { ApiError } from '../../app/api';

/**
 * Why a curator's action was refused although it was allowed when the page loaded: someone else
 * acted meanwhile (the version moved on) or the solution is no longer in a state that allows it.
 */
export type ConflictKind = 'stale' | 'transition';

export function conflictKind(error: unknown): ConflictKind | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'STALE_VERSION' || error.code === 'CONFLICT') return 'stale';
  if (error.code === 'INVALID_TRANSITION') return 'transition';
  return undefined;
}

/** What the page says after an action: done, or refused because the solution changed meanwhile. */
export type ReviewNotice =
  | { kind: 'done'; text: string }
  | {
      kind: ConflictKind;
      /** What the curator typed and could not send, kept for them… */
      unsent?: string;
      /** …and the actions it was typed for (while one is offered, the text stays in its form). */
      unsentFor: WorkflowAction[];
    };
