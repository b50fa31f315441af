import type { Me } from '@galaxy/contracts';

/**
 * What accounts need to know of organizations: a user's memberships, for `/auth/me`. The
 * organizations module provides it (its access policy answers); accounts only name the port, so
 * organizations may depend on accounts (users exist before the organizations they join) and not
 * the other way round.
 */
export interface MembershipDirectory {
  membershipsOf(userId: string): Promise<Me['memberships']>;
}

export const MEMBERSHIP_DIRECTORY = Symbol('MembershipDirectory');
