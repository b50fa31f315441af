import { SolutionWorkspaceSchema, type SolutionWorkspace } from '@galaxy/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiSend } from '../../app/api';
import { problemFeedback } from '../../app/problem-feedback';
import {
  changedKeys,
  draftErrors,
  draftField,
  editableContent,
  invalidKeys,
  submissionErrors,
  valuesFromDraft,
  type DraftKey,
  type DraftValues,
} from './draft-model';
import { solutionPath, workspaceChanged } from './workspace-queries';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Saved what could be; some fields need fixing before they can be. */
  | { kind: 'held'; at?: Date }
  | { kind: 'invalid' }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: ReactNode }
  /** The solution cannot be changed now (submitted, or decided, meanwhile). */
  | { kind: 'blocked' };

type Outcome = SaveState['kind'] | 'clean';

/** What could not be saved, on this device, until it is. */
interface StoredDraft {
  values: DraftValues;
  base: DraftValues;
  version: number;
  at: string;
}

const storageKey = (solutionId: string) => `galaxy.solution-draft.${solutionId}`;

export function readStoredDraft(solutionId: string): StoredDraft | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(solutionId));
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as StoredDraft;
    return stored && typeof stored.version === 'number' && stored.values && stored.base ? stored : undefined;
  } catch {
    return undefined;
  }
}

function writeStoredDraft(solutionId: string, stored: StoredDraft | undefined): void {
  try {
    if (stored) window.localStorage.setItem(storageKey(solutionId), JSON.stringify(stored));
    else window.localStorage.removeItem(storageKey(solutionId));
  } catch {
    // Storage full or refused (private mode): the page still holds the changes while it is open.
  }
}

/** An error the API reported for a field, until that field changes. */
interface ServerError {
  path: string;
  message: string;
  snapshot: string;
}

const snapshotOf = (values: DraftValues, path: string) =>
  JSON.stringify(draftField(values, path.split('.')[0] as DraftKey) ?? null);

export type SubmitOutcome = 'submitted' | 'unsaved' | 'invalid' | 'conflict' | 'failed';

/**
 * The draft being edited: what is typed, what the server holds (`base`, at `version`), saving as
 * you go, the copy on this device of what is not saved yet, and the conflict with a newer version.
 */
export function useDraftEditor(initial: SolutionWorkspace) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = initial.solutionId;

  const [start] = useState(() => {
    const stored = readStoredDraft(id);
    const server = valuesFromDraft(editableContent(initial));
    if (!stored || changedKeys(stored.values, stored.base).length === 0) {
      return { values: server, base: server, version: initial.version, restoredAt: undefined };
    }
    // Same version: the server still holds what the changes were made on. Otherwise the first save
    // meets the newer version, and the conflict shows both sides.
    const sameVersion = stored.version === initial.version;
    return {
      values: stored.values,
      base: sameVersion ? server : stored.base,
      version: sameVersion ? initial.version : stored.version,
      restoredAt: stored.at,
    };
  });

  const [values, setValuesState] = useState(start.values);
  const [base, setBase] = useState(start.base);
  const [version, setVersion] = useState(start.version);
  const [workspace, setWorkspace] = useState(initial);
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [serverErrors, setServerErrors] = useState<ServerError[]>([]);
  const [generalError, setGeneralError] = useState<ReactNode>();
  const [conflict, setConflict] = useState<SolutionWorkspace>();

  // The async work reads the latest state through these, set together with the state.
  const valuesRef = useRef(start.values);
  const baseRef = useRef(start.base);
  const versionRef = useRef(start.version);
  const blockedRef = useRef(false);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const update = useCallback((change: (values: DraftValues) => DraftValues) => {
    const next = change(valuesRef.current);
    valuesRef.current = next;
    setValuesState(next);
  }, []);

  const adopt = useCallback(
    (next: SolutionWorkspace) => {
      const server = valuesFromDraft(editableContent(next));
      baseRef.current = server;
      versionRef.current = next.version;
      setBase(server);
      setVersion(next.version);
      setWorkspace(next);
      workspaceChanged(queryClient, next);
    },
    [queryClient],
  );

  /** The API's errors, placed by the local checks' wording where they agree (never its English). */
  const takeServerErrors = useCallback(
    (error: ApiError) => {
      const current = valuesRef.current;
      const local = { ...submissionErrors(current, t), ...draftErrors(current, t) };
      const fields = (error.problem?.errors ?? []).filter((e) => e.field && e.field !== 'version');
      setServerErrors(
        fields.map((e) => ({
          path: e.field,
          message: local[e.field] ?? t('form.error.invalid'),
          snapshot: snapshotOf(current, e.field),
        })),
      );
      setGeneralError(
        fields.length === 0 ? (problemFeedback(error, t).message ?? t('problem.invalidInput')) : undefined,
      );
    },
    [t],
  );

  const openConflict = useCallback(
    async (error: ApiError) => {
      blockedRef.current = true;
      const parsed = SolutionWorkspaceSchema.safeParse(error.problem?.current);
      const current = parsed.success
        ? parsed.data
        : await apiGet(`${solutionPath(id)}/workspace`, SolutionWorkspaceSchema).catch(() => undefined);
      if (current) setConflict(current);
      setSaveState(current ? { kind: 'conflict' } : { kind: 'failed', message: t('problem.network') });
    },
    [id, t],
  );

  const refuse = useCallback(async () => {
    blockedRef.current = true;
    setSaveState({ kind: 'blocked' });
    const current = await apiGet(`${solutionPath(id)}/workspace`, SolutionWorkspaceSchema).catch(() => undefined);
    // Only the status and actions: what is typed stays, and so does its copy on this device.
    if (current) {
      setWorkspace(current);
      queryClient.setQueryData(['solutions', 'workspace', id], current);
    }
  }, [id, queryClient]);

  const doSave = useCallback(async (): Promise<Outcome> => {
    if (blockedRef.current) return 'blocked';
    const current = valuesRef.current;
    const changed = changedKeys(current, baseRef.current);
    if (changed.length === 0) return 'clean';
    const invalid = invalidKeys(draftErrors(current, t));
    const sendable = changed.filter((key) => !invalid.has(key));
    if (sendable.length === 0) {
      setSaveState({ kind: 'held' });
      return 'held';
    }
    const body: Record<string, unknown> = { version: versionRef.current };
    // An emptied field is cleared with null.
    for (const key of sendable) body[key] = draftField(current, key) ?? null;
    setSaveState({ kind: 'saving' });
    try {
      const next = await apiSend('PATCH', solutionPath(id), body, SolutionWorkspaceSchema);
      adopt(next);
      setGeneralError(undefined);
      const held = sendable.length < changed.length;
      setSaveState(held ? { kind: 'held', at: new Date() } : { kind: 'saved', at: new Date() });
      return held ? 'held' : 'saved';
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.code === 'VALIDATION_FAILED') {
          takeServerErrors(error);
          setSaveState({ kind: 'invalid' });
          return 'invalid';
        }
        if (error.code === 'STALE_VERSION') {
          await openConflict(error);
          return 'conflict';
        }
        if (error.code === 'INVALID_TRANSITION') {
          await refuse();
          return 'blocked';
        }
      }
      setSaveState({ kind: 'failed', message: problemFeedback(error, t).message });
      return 'failed';
    }
  }, [adopt, id, openConflict, refuse, t, takeServerErrors]);

  /** Saves what changed and can be saved; one save at a time, each seeing the newest text. */
  const save = useCallback((): Promise<Outcome> => {
    const run = chain.current.then(doSave);
    chain.current = run.catch(() => undefined);
    return run;
  }, [doSave]);

  const dirty = changedKeys(values, base);
  const dirtyCount = dirty.length;

  // What is not saved yet stays on this device until it is.
  useEffect(() => {
    writeStoredDraft(
      id,
      changedKeys(values, base).length > 0 ? { values, base, version, at: new Date().toISOString() } : undefined,
    );
  }, [id, values, base, version]);

  // Saves a moment after typing stops.
  useEffect(() => {
    if (dirtyCount === 0) return;
    const timer = window.setTimeout(() => void save(), 1500);
    return () => window.clearTimeout(timer);
  }, [values, dirtyCount, save]);

  /** Per field, mine or the server's; then saves on the server's version. */
  const resolveConflict = useCallback(
    (choices: Partial<Record<DraftKey, 'mine' | 'theirs'>>) => {
      if (!conflict) return;
      const server = valuesFromDraft(editableContent(conflict));
      const merged: DraftValues = { ...valuesRef.current };
      for (const [key, choice] of Object.entries(choices) as [DraftKey, 'mine' | 'theirs'][]) {
        if (choice === 'theirs') (merged as unknown as Record<string, unknown>)[key] = server[key];
      }
      adopt(conflict);
      update(() => merged);
      setConflict(undefined);
      blockedRef.current = !conflict.allowedActions.includes('edit');
      setSaveState(blockedRef.current ? { kind: 'blocked' } : { kind: 'idle' });
      if (!blockedRef.current) void save();
    },
    [adopt, conflict, save, update],
  );

  const discardLocal = useCallback(() => {
    const server = valuesFromDraft(editableContent(workspace));
    baseRef.current = server;
    versionRef.current = workspace.version;
    setBase(server);
    setVersion(workspace.version);
    update(() => server);
    setRestoredAt(undefined);
    setServerErrors([]);
    setConflict(undefined);
    blockedRef.current = false;
    setSaveState({ kind: 'idle' });
  }, [update, workspace]);

  const submit = useCallback(async (): Promise<SubmitOutcome> => {
    const outcome = await save();
    if (outcome === 'conflict') return 'conflict';
    if (changedKeys(valuesRef.current, baseRef.current).length > 0) return 'unsaved';
    if (Object.keys(submissionErrors(valuesRef.current, t)).length > 0) return 'invalid';
    try {
      const next = await apiSend(
        'POST',
        `${solutionPath(id)}/submit`,
        { version: versionRef.current },
        SolutionWorkspaceSchema,
      );
      writeStoredDraft(id, undefined);
      adopt(next);
      return 'submitted';
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
        takeServerErrors(error);
        return 'invalid';
      }
      if (error instanceof ApiError && error.code === 'STALE_VERSION') {
        await openConflict(error);
        return 'conflict';
      }
      setGeneralError(problemFeedback(error, t).message);
      return 'failed';
    }
  }, [adopt, id, openConflict, save, t, takeServerErrors]);

  // The API's complaints about a field last until that field changes.
  const liveServerErrors = serverErrors.filter((e) => snapshotOf(values, e.path) === e.snapshot);

  return {
    values,
    base,
    version,
    workspace,
    update,
    save,
    submit,
    saveState,
    dirty,
    serverErrors: Object.fromEntries(liveServerErrors.map((e) => [e.path, e.message])),
    generalError,
    conflict,
    resolveConflict,
    restoredAt,
    dismissRestored: () => setRestoredAt(undefined),
    discardLocal,
  };
}

export type DraftEditor = ReturnType<typeof useDraftEditor>;
