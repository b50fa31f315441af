import type { Me } from '@galaxy/contracts';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../app/auth-queries';
import { loginPath } from '../app/safe-next';
import { LoadError, Loading } from './QueryStatus';

/**
 * For members' pages: `gate` is what to show instead of the page while it is not known who is
 * signed in (loading), or a redirect to sign in that brings the reader back afterwards.
 */
export function useSignedInGate(): { me: Me | undefined; gate: ReactNode } {
  const { me, query } = useMe();
  const location = useLocation();
  if (me) return { me, gate: null };
  if (me === null) {
    return { me: undefined, gate: <Navigate to={loginPath(location.pathname + location.search)} replace /> };
  }
  return {
    me: undefined,
    gate: query.isError ? <LoadError onRetry={() => void query.refetch()} /> : <Loading />,
  };
}

export function SignedInOnly({ children }: { children: (me: Me) => ReactNode }) {
  const { me, gate } = useSignedInGate();
  return me ? children(me) : gate;
}
