import {
  AuditListSchema,
  CurationQueueSchema,
  RevisionListSchema,
  SolutionWorkspaceSchema,
  VerificationDueListSchema,
  type CurationQueueParams,
} from '@galaxy/contracts';
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../../app/api';

const id = (value: string) => encodeURIComponent(value);

/** What staff look at: always fetched fresh, since other curators act on the same entries. */
export const curationQueries = {
  queue: (params: CurationQueueParams) =>
    queryOptions({
      queryKey: ['curation', 'queue', params],
      queryFn: ({ signal }) => {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(params)) {
          if (value !== undefined && value !== '') search.set(key, String(value));
        }
        return apiGet(`/curation/queue?${search}`, CurationQueueSchema, signal);
      },
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  workspace: (solutionId: string) =>
    queryOptions({
      queryKey: ['curation', 'solution', solutionId, 'workspace'],
      queryFn: ({ signal }) => apiGet(`/solutions/${id(solutionId)}/workspace`, SolutionWorkspaceSchema, signal),
      staleTime: 0,
    }),
  revisions: (solutionId: string) =>
    queryOptions({
      queryKey: ['curation', 'solution', solutionId, 'revisions'],
      queryFn: ({ signal }) => apiGet(`/solutions/${id(solutionId)}/revisions`, RevisionListSchema, signal),
      staleTime: 0,
    }),
  audit: (solutionId: string) =>
    queryOptions({
      queryKey: ['curation', 'solution', solutionId, 'audit'],
      queryFn: ({ signal }) => apiGet(`/audit?entity=solution&id=${id(solutionId)}`, AuditListSchema, signal),
      staleTime: 0,
    }),
  verificationDue: () =>
    queryOptions({
      queryKey: ['curation', 'verification-due'],
      queryFn: ({ signal }) => apiGet('/curation/verification-due', VerificationDueListSchema, signal),
      staleTime: 0,
    }),
};

/**
 * After a decision (ours or, on a conflict, someone else's): everything about this solution is read
 * again, and the lists it appears in, including the public catalog that a publication changes.
 */
export function solutionChanged(queryClient: QueryClient, solutionId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ['curation', 'queue'] });
  void queryClient.invalidateQueries({ queryKey: ['curation', 'verification-due'] });
  void queryClient.invalidateQueries({ queryKey: ['solutions'] });
  return queryClient.invalidateQueries({ queryKey: ['curation', 'solution', solutionId] });
}
