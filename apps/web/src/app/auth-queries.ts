import { MeOrVisitorSchema, type Me } from '@galaxy/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiGet } from './api';

export const authQueries = {
  /** The signed-in member, or null when signed out (the API answers a visitor with `{ me: null }`). */
  me: () =>
    queryOptions({
      queryKey: ['auth', 'me'],
      queryFn: async ({ signal }): Promise<Me | null> => {
        const answer = await apiGet('/auth/me', MeOrVisitorSchema, signal);
        return 'id' in answer ? answer : null;
      },
      staleTime: 30_000,
    }),
};

/** Who is signed in: `me` is undefined while unknown, null when signed out. */
export function useMe() {
  const query = useQuery(authQueries.me());
  return { me: query.data, isPending: query.isPending, query };
}

/**
 * After signing in or out, nothing the previous person could see stays in the cache: private views
 * go, and catalog pages (which show more to a solution's editors) are fetched again.
 */
export function setSignedIn(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ queryKey: ['organizations', 'manage'] });
  queryClient.setQueryData(authQueries.me().queryKey, me);
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== 'reference',
  });
}
