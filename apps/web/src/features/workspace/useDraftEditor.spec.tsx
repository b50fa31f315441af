import type { SolutionDraft, SolutionWorkspace } from '@galaxy/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { readStoredDraft, useDraftEditor } from './useDraftEditor';

const SOLUTION = '0b5d7a8e-3f4c-4a6b-9d2e-1c8f7a6b5d4e';

function workspace(version: number, content: SolutionDraft): SolutionWorkspace {
  return {
    solutionId: SOLUTION,
    organization: null,
    status: 'draft',
    version,
    revision: {
      id: '9a1b2c3d-4e5f-4a6b-8c7d-6e5f4a3b2c1d',
      number: 1,
      state: 'draft',
      content,
      author: null,
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
      submittedAt: null,
      decidedAt: null,
      decidedBy: null,
      decisionNote: null,
      rubric: null,
    },
    published: null,
    allowedActions: ['edit', 'submit'],
  };
}

/** The API: each request answered in turn by a function of its body; what was sent is kept. */
function api(...answers: ((body: Record<string, unknown>) => { status: number; body: unknown })[]) {
  const sent: { method: string; url: string; body: Record<string, unknown> }[] = [];
  const fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const body = init?.body ? (JSON.parse(init.body as string) as Record<string, unknown>) : {};
    sent.push({ method: init?.method ?? 'GET', url, body });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    const answer = next(body);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  Object.assign(globalThis, { fetch });
  return sent;
}
const saved = (version: number, content: SolutionDraft) => () => ({ status: 200, body: workspace(version, content) });

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}
const open = (initial: SolutionWorkspace) => renderHook(() => useDraftEditor(initial), { wrapper });

beforeEach(() => {
  window.localStorage.clear();
  document.cookie = 'galaxy_csrf=t0; path=/';
});

describe('the solution wizard saving as you go', () => {
  it('sends only what changed, on the version it was made on', async () => {
    const sent = api(saved(3, { title: 'Solar pumps', summary: 'Shared pumps.' }));
    const { result } = open(workspace(2, { title: 'Solar pumps', summary: 'Pumps.' }));
    act(() => result.current.update((v) => ({ ...v, summary: 'Shared pumps.' })));
    expect(result.current.dirty).toEqual(['summary']);

    await act(async () => void (await result.current.save()));

    expect(sent).toEqual([
      { method: 'PATCH', url: `/api/v1/solutions/${SOLUTION}`, body: { version: 2, summary: 'Shared pumps.' } },
    ]);
    expect(result.current.saveState.kind).toBe('saved');
    expect(result.current.dirty).toEqual([]);
    expect(result.current.version).toBe(3);
  });

  it('clears a field that was emptied', async () => {
    const sent = api(saved(3, { title: 'Solar pumps' }));
    const { result } = open(workspace(2, { title: 'Solar pumps', subtitle: 'In Kenya' }));
    act(() => result.current.update((v) => ({ ...v, subtitle: '' })));
    await act(async () => void (await result.current.save()));
    expect(sent[0].body).toEqual({ version: 2, subtitle: null });
  });

  it('saves the rest while a field cannot be saved as it is, and says so', async () => {
    const sent = api(saved(3, { title: 'Solar pumps for farms' }));
    const { result } = open(workspace(2, { title: 'Solar pumps' }));
    act(() =>
      result.current.update((v) => ({
        ...v,
        title: 'Solar pumps for farms',
        links: [{ key: 'l', label: 'Site', url: 'not a link' }],
      })),
    );
    await act(async () => void (await result.current.save()));
    expect(sent[0].body).toEqual({ version: 2, title: 'Solar pumps for farms' });
    expect(result.current.saveState.kind).toBe('held');
    expect(result.current.dirty).toEqual(['links']);
  });

  it('keeps what is not saved on this device and offers it back when the page is opened again', async () => {
    api();
    const first = open(workspace(2, { title: 'Solar pumps' }));
    act(() => first.result.current.update((v) => ({ ...v, title: 'Solar pumps (offline edit)' })));
    expect(readStoredDraft(SOLUTION)?.values.title).toBe('Solar pumps (offline edit)');
    first.unmount();

    const again = open(workspace(2, { title: 'Solar pumps' }));
    expect(again.result.current.values.title).toBe('Solar pumps (offline edit)');
    expect(again.result.current.dirty).toEqual(['title']);
    expect(again.result.current.restoredAt).toBeDefined();
  });

  it('shows both sides when someone else saved meanwhile, and saves the choice on their version', async () => {
    const theirs = workspace(5, { title: 'Solar pumps', summary: 'Their summary.' });
    const sent = api(
      () => ({
        status: 409,
        body: { type: 'about:blank', title: 'Stale', status: 409, detail: '', code: 'STALE_VERSION', current: theirs },
      }),
      (body) => ({ status: 200, body: workspace(6, { title: body.title as string, summary: 'Their summary.' }) }),
    );
    const { result } = open(workspace(2, { title: 'Solar pumps', summary: 'Pumps.' }));
    act(() => result.current.update((v) => ({ ...v, title: 'My title' })));
    await act(async () => void (await result.current.save()));
    expect(result.current.saveState.kind).toBe('conflict');
    expect(result.current.conflict?.version).toBe(5);

    await act(async () => {
      result.current.resolveConflict({ title: 'mine', summary: 'theirs' });
      await result.current.save();
    });
    expect(sent[1].body).toEqual({ version: 5, title: 'My title' });
    expect(result.current.values.summary).toBe('Their summary.');
    expect(result.current.saveState.kind).toBe('saved');
  });

  it('shows the API’s complaint at the field, in the reader’s words, until that field changes', async () => {
    api(() => ({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Invalid',
        status: 400,
        detail: '',
        code: 'VALIDATION_FAILED',
        errors: [{ location: 'body', field: 'title', message: 'in English' }],
      },
    }));
    const { result } = open(workspace(2, { title: 'Solar pumps' }));
    act(() => result.current.update((v) => ({ ...v, title: 'Solar pumps!' })));
    await act(async () => void (await result.current.save()));
    expect(result.current.saveState.kind).toBe('invalid');
    expect(result.current.serverErrors.title).toBeDefined();
    expect(result.current.serverErrors.title).not.toBe('in English');

    act(() => result.current.update((v) => ({ ...v, title: 'Solar pumps.' })));
    expect(result.current.serverErrors).toEqual({});
  });
});
