import { GLOBAL_ROLES, MEMBER_ROLES, type GlobalRole, type MemberRole } from '@galaxy/contracts';

/**
 * What a user may do, named by the action rather than by the role that happens to allow it today.
 * Services ask for a permission; only the two tables below say which roles hold it, so a role added
 * tomorrow (a read-only member, say) gets nothing until a row here grants it.
 */
export const PERMISSIONS = [
  /** See an organization's private side: its manage view, members, every state of its solutions. */
  'organization.view',
  /** Change its public profile. */
  'organization.edit',
  /** Invite, re-role and remove its members. */
  'organization.manage',
  /** Write its needs and offers. */
  'listing.edit',
  /** Write its solution drafts and submit them for review. */
  'solution.submit',
  /** Review, publish and archive solutions (staff; not tied to one organization). */
  'curation.review',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a member's role in an organization lets them do in that organization. */
export const MEMBER_PERMISSIONS: Readonly<Record<MemberRole, readonly Permission[]>> = {
  admin: ['organization.view', 'organization.edit', 'organization.manage', 'listing.edit', 'solution.submit'],
  editor: ['organization.view', 'listing.edit', 'solution.submit'],
};

/** What a global role lets a user do in every organization, member or not. */
export const GLOBAL_PERMISSIONS: Readonly<Record<GlobalRole, readonly Permission[]>> = {
  admin: PERMISSIONS,
  curator: ['organization.view', 'curation.review'],
  member: [],
};

/** The 403 a refusal answers with, per permission. */
export const REFUSALS: Readonly<Record<Permission, string>> = {
  'organization.view': 'Only the organization’s members and staff can see this',
  'organization.edit': 'Only an administrator of this organization can do this',
  'organization.manage': 'Only an administrator of this organization can do this',
  'listing.edit': 'Only editors of this organization can do this',
  'solution.submit': 'Only editors of this organization can write its solutions',
  'curation.review': 'Only curators can do this',
};

/** Pure decision: does a user with this global role and this role in the organization (or none) hold it? */
export function allows(globalRole: GlobalRole, memberRole: MemberRole | null, permission: Permission): boolean {
  if (GLOBAL_PERMISSIONS[globalRole].includes(permission)) return true;
  return memberRole !== null && MEMBER_PERMISSIONS[memberRole].includes(permission);
}

/** The member roles holding a permission in their organization (e.g. who hears of a curation decision). */
export function memberRolesWith(permission: Permission): MemberRole[] {
  return MEMBER_ROLES.filter((role) => MEMBER_PERMISSIONS[role].includes(permission));
}

/** The global roles holding a permission everywhere. */
export function globalRolesWith(permission: Permission): GlobalRole[] {
  return GLOBAL_ROLES.filter((role) => GLOBAL_PERMISSIONS[role].includes(permission));
}
