import { OrganizationAdminViewSchema, type OrganizationAdminView } from '@galaxy/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiGet } from '../../app/api';
import { authQueries } from '../../app/auth-queries';

export const organizationAdminQueries = {
  /** The organization as its members and staff see it: private contact, members, invitations. */
  manage: (id: string) =>
    queryOptions({
      queryKey: ['organizations', 'manage', id],
      queryFn: ({ signal }) =>
        apiGet(`/organizations/${encodeURIComponent(id)}/manage`, OrganizationAdminViewSchema, signal),
      staleTime: 0,
    }),
};

/** After a change: the settings show the answer; the public pages and the member's list catch up. */
export function organizationChanged(queryClient: QueryClient, view: OrganizationAdminView): void {
  queryClient.setQueryData(organizationAdminQueries.manage(view.id).queryKey, view);
  void queryClient.invalidateQueries({ queryKey: ['organizations', 'detail'] });
  void queryClient.invalidateQueries({ queryKey: ['organizations', 'search'] });
  void queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey });
}
