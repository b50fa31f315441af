import { Injectable } from '@nestjs/common';
import { MEMBER_ROLES } from '@galaxy/contracts';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { OrganizationsRepository, type Recipient, type UserMembership } from './organizations.repository';
import { allows, memberRolesWith, REFUSALS, type Permission } from './permissions';

export type { Permission } from './permissions';
export type { Recipient, UserMembership } from './organizations.repository';

export interface AccessRequest {
  auth: AuthUser;
  permission: Permission;
  organizationId: string;
  /** The caller's transaction, when the check belongs to one. */
  manager?: EntityManager;
  /** The error for an organization that does not exist (default 404). */
  whenMissing?: () => AppError;
}

/** The 422 for an `organizationId` in a request body that names no organization. */
export const unknownOrganizationInBody = (): AppError =>
  new AppError('VALIDATION_FAILED', 'No such organization', [
    { location: 'body', field: 'organizationId', message: 'No organization has this id' },
  ]);

/**
 * The one place that answers membership and role questions: who may do what in an organization
 * (by the permission table in `permissions.ts`), which organizations a user belongs to, and whom to
 * write to about an organization. No other module reads memberships.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly organizations: OrganizationsRepository) {}

  /** Throws when the organization does not exist (404 unless told otherwise), 403 when the user lacks the permission. */
  async requireAccess(request: AccessRequest): Promise<void> {
    const found = await this.organizations.roleIn(request.organizationId, request.auth.id, request.manager);
    if (!found) throw (request.whenMissing ?? (() => AppError.notFound('Organization')))();
    if (!allows(request.auth.role, found.role, request.permission))
      throw AppError.forbidden(REFUSALS[request.permission]);
  }

  /** Whether the user holds the permission in the organization (false when it does not exist). */
  async can(request: Omit<AccessRequest, 'whenMissing'>): Promise<boolean> {
    const found = await this.organizations.roleIn(request.organizationId, request.auth.id, request.manager);
    return Boolean(found) && allows(request.auth.role, found?.role ?? null, request.permission);
  }

  /** A permission that no organization grants (staff work): the user's global role alone decides. */
  holdsGlobally(auth: Pick<AuthUser, 'role'>, permission: Permission): boolean {
    return allows(auth.role, null, permission);
  }

  /** The ids of the organizations the user is a member of. */
  organizationIdsOf(userId: string): Promise<string[]> {
    return this.organizations.organizationIdsOf(userId);
  }

  /** The user's organizations with their role there, by name. */
  membershipsOf(userId: string): Promise<UserMembership[]> {
    return this.organizations.membershipsOf(userId);
  }

  /**
   * Whom to write to about these organizations: their members (those holding `permission` there,
   * when given), plus `alsoUsers`, each once. `optedInOnly` leaves out who turned notifications off.
   */
  peopleToNotify(
    query: { organizationIds: string[]; permission?: Permission; alsoUsers?: string[]; optedInOnly: boolean },
    manager?: EntityManager,
  ): Promise<Recipient[]> {
    return this.organizations.recipients(
      {
        organizationIds: query.organizationIds,
        roles: query.permission ? memberRolesWith(query.permission) : [...MEMBER_ROLES],
        userIds: query.alsoUsers ?? [],
        optedInOnly: query.optedInOnly,
      },
      manager,
    );
  }
}
