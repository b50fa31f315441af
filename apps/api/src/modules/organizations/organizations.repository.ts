import { Injectable } from '@nestjs/common';
import type { MemberRole, UiLanguage } from '@galaxy/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** A person to write to, in their language. */
export interface Recipient {
  email: string;
  locale: UiLanguage;
}

/** One of a user's organizations, with the role held there. */
export interface UserMembership {
  organizationId: string;
  slug: string;
  name: string;
  role: MemberRole;
}

/**
 * The organizations aggregate (organizations, their memberships and invitations): the only code
 * that reads or writes these tables. Methods that must run inside a caller's transaction take its
 * `EntityManager`; the others default to the pool.
 */
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly db: DataSource) {}

  // ---- memberships -------------------------------------------------------------------------------

  /** `undefined` when no such organization; else the user's role in it, `null` for none. */
  async roleIn(
    organizationId: string,
    userId: string,
    m: EntityManager = this.db.manager,
  ): Promise<{ role: MemberRole | null } | undefined> {
    const [row]: { role: MemberRole | null }[] = await m.query(
      `SELECT m.role FROM organizations o
       LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = $2
       WHERE o.id = $1`,
      [organizationId, userId],
    );
    return row ? { role: row.role } : undefined;
  }

  async organizationIdsOf(userId: string): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.db.query(
      `SELECT organization_id FROM memberships WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.organization_id);
  }

  /** The user's organizations by name. */
  async membershipsOf(userId: string): Promise<UserMembership[]> {
    const rows: { organization_id: string; slug: string; name: string; role: MemberRole }[] = await this.db.query(
      `SELECT o.id AS organization_id, o.slug, o.name, m.role
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
       WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, slug: r.slug, name: r.name, role: r.role }));
  }

  /**
   * Members (of these roles) of any of these organizations, and these users, each once; only those
   * who asked for email when `optedInOnly`.
   */
  async recipients(
    query: { organizationIds: string[]; roles: MemberRole[]; userIds: string[]; optedInOnly: boolean },
    m: EntityManager = this.db.manager,
  ): Promise<Recipient[]> {
    return m.query(
      `SELECT u.email, u.locale FROM users u
       WHERE (u.notify_by_email OR NOT $4)
         AND (u.id = ANY($3::uuid[]) OR EXISTS (
           SELECT 1 FROM memberships mb
           WHERE mb.user_id = u.id AND mb.organization_id = ANY($1::uuid[]) AND mb.role = ANY($2::text[])))
       ORDER BY u.email`,
      [query.organizationIds, query.roles, query.userIds, query.optedInOnly],
    );
  }

  async isMemberByEmail(organizationId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`,
      [organizationId, email],
    );
    return rows.length > 0;
  }

  /** Adds a member; an existing membership is left as it is. */
  async addMember(m: EntityManager, organizationId: string, userId: string, role: MemberRole): Promise<void> {
    await m.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
      [organizationId, userId, role],
    );
  }

  /** False when the user is no member. */
  async changeRole(m: EntityManager, organizationId: string, userId: string, role: MemberRole): Promise<boolean> {
    const [rows]: [{ user_id: string }[], number] = await m.query(
      `UPDATE memberships SET role = $3 WHERE organization_id = $1 AND user_id = $2 RETURNING user_id`,
      [organizationId, userId, role],
    );
    return rows.length > 0;
  }

  /** False when the user is no member. */
  async removeMember(m: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    const [rows]: [{ user_id: string }[], number] = await m.query(
      `DELETE FROM memberships WHERE organization_id = $1 AND user_id = $2 RETURNING user_id`,
      [organizationId, userId],
    );
    return rows.length > 0;
  }

  async countAdmins(m: EntityManager, organizationId: string): Promise<number> {
    const [row]: { admins: number }[] = await m.query(
      `SELECT count(*)::int AS admins FROM memberships WHERE organization_id = $1 AND role = 'admin'`,
      [organizationId],
    );
    return row.admins;
  }

  /** Members for the manage view, by name. */
  async members(
    organizationId: string,
  ): Promise<{ userId: string; name: string; email: string; role: MemberRole; since: Date }[]> {
    const rows: { user_id: string; name: string; email: string; role: MemberRole; since: Date }[] = await this.db.query(
      `SELECT u.id AS user_id, u.name, u.email, m.role, m.created_at AS since
       FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 ORDER BY u.name`,
      [organizationId],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, role: r.role, since: r.since }));
  }
}
