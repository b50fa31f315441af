import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@galaxy/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';

/**
 * Object-level access to an organization: the one place that decides who may act on it. Global
 * admins may do anything; otherwise the user's membership role in that very organization counts.
 */
@Injectable()
export class OrganizationAccess {
  constructor(private readonly db: DataSource) {}

  /** Throws 404 when the organization does not exist, 403 when the user lacks the role in it. */
  async require(user: AuthUser, organizationId: string, needed: MemberRole | 'staff'): Promise<void> {
    const [row] = await this.db.query(
      `SELECT o.id, m.role FROM organizations o
       LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = $2
       WHERE o.id = $1`,
      [organizationId, user.id],
    );
    if (!row) throw AppError.notFound('Organization');
    if (user.role === 'admin') return;
    if (needed === 'staff') {
      if (user.role === 'curator' || row.role) return; // staff and the organization's own members may look
      throw AppError.forbidden('Only the organization’s members and staff can see this');
    }
    if (row.role === 'admin' || (needed === 'editor' && row.role === 'editor')) return;
    throw AppError.forbidden(
      needed === 'admin'
        ? 'Only an administrator of this organization can do this'
        : 'Only members of this organization can do this',
    );
  }
}
