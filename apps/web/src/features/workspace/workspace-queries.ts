import {
  OrganizationSolutionListSchema,
  RevisionListSchema,
  SolutionWorkspaceSchema,
  type SolutionWorkspace,
} from '@galaxy/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../../app/api';

const path = (id: string) => `/solutions/${encodeURIComponent(id)}`;

export const workspaceQueries = {
  /** A solution as its editors see it: status, the open revision, what they may do. */
  workspace: (id: string) =>
    queryOptions({
      queryKey: ['solutions', 'workspace', id],
      queryFn: ({ signal }) => apiGet(`${path(id)}/workspace`, SolutionWorkspaceSchema, signal),
      staleTime: 0,
      // The wizard holds its own copy while someone types; a refetch on focus would only confuse it.
      refetchOnWindowFocus: false,
    }),
  revisions: (id: string) =>
    queryOptions({
      queryKey: ['solutions', 'revisions', id],
      queryFn: ({ signal }) => apiGet(`${path(id)}/revisions`, RevisionListSchema, signal),
      staleTime: 0,
    }),
  /** Every solution of an organization, whatever its status (for its members). */
  ofOrganization: (organizationId: string) =>
    queryOptions({
      queryKey: ['solutions', 'organization', organizationId],
      queryFn: ({ signal }) =>
        apiGet(
          `/organizations/${encodeURIComponent(organizationId)}/solutions`,
          OrganizationSolutionListSchema,
          signal,
        ),
      staleTime: 0,
    }),
};

export const solutionPath = path;

/** After a change: the workspace shows the answer; lists and history catch up. */
export function workspaceChanged(queryClient: QueryClient, workspace: SolutionWorkspace): void {
  queryClient.setQueryData(workspaceQueries.workspace(workspace.solutionId).queryKey, workspace);
  void queryClient.invalidateQueries({ queryKey: workspaceQueries.revisions(workspace.solutionId).queryKey });
  if (workspace.organization) {
    void queryClient.invalidateQueries({
      queryKey: workspaceQueries.ofOrganization(workspace.organization.id).queryKey,
    });
  }
}
