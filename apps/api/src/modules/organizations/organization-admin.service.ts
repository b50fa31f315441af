import { Injectable } from '@nestjs/common';
import type {
  InvitationPreview,
  MemberRole,
  OrganizationAdminView,
  OrganizationRegisterInputSchema,
  OrganizationUpdateInputSchema,
  UiLanguage,
  VerificationLevel,
} from '@galaxy/contracts';
import freeEmailDomains from 'free-email-domains';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { hashToken, newToken } from '../accounts/tokens';
import { CatalogWriter } from '../catalog/catalog-writer';
import { enqueueSearchSync } from '../catalog/outbox';
import { MailService } from '../mail/mail.service';
import { isMailLanguage, mailLanguage } from '../mail/messages';
import { AccessPolicy } from './access-policy';
import { OrganizationsRepository } from './organizations.repository';

const INVITATION_DAYS = 14;

/** Domains anyone can get an address on (gmail.com, outlook.com, yahoo.com, qq.com, …): they prove nothing. */
const FREE_MAIL_DOMAINS = new Set<string>(freeEmailDomains);

/**
 * A registrant whose verified address is on the organization's own web domain (or a subdomain of
 * it) earns the "email domain" level at once; staff verification stays a person's decision. An
 * address at a free mail provider never does, whatever website is given (`https://gmail.com`).
 */
export function sameDomain(email: string, website: string | undefined): boolean {
  if (!website) return false;
  const emailDomain = email.split('@')[1]?.toLowerCase();
  const host = new URL(website).hostname.toLowerCase().replace(/^www\./, '');
  if (!emailDomain || FREE_MAIL_DOMAINS.has(emailDomain) || FREE_MAIL_DOMAINS.has(host)) return false;
  return emailDomain === host || emailDomain.endsWith(`.${host}`);
}

/** Registration, profile, members, invitations and verification of partner organizations. */
@Injectable()
export class OrganizationAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly writer: CatalogWriter,
    private readonly mail: MailService,
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessPolicy,
  ) {}

  async register(
    user: AuthUser,
    input: z.output<typeof OrganizationRegisterInputSchema>,
  ): Promise<OrganizationAdminView> {
    if (!user.emailVerified) {
      throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your email address first: we sent you a link');
    }
    const verification = sameDomain(user.email, input.website) ? 'email_domain' : 'unverified';
    const id = await this.db.transaction(async (m) => {
      const id = await this.insertOrganization(m, user, input, verification);
      await this.organizations.addMember(m, id, user.id, 'admin');
      await enqueueSearchSync(m, 'organization', [id]);
      return id;
    });
    return this.view(id);
  }

  /**
   * One organization per name: the unique indexes, not a check beforehand, decide between
   * registrations racing for one name (the others get 409) or for one slug (they pick another).
   */
  private async insertOrganization(
    m: EntityManager,
    user: AuthUser,
    input: z.output<typeof OrganizationRegisterInputSchema>,
    verification: VerificationLevel,
  ): Promise<string> {
    for (let round = 0; round < 5; round++) {
      const [slug] = await this.writer.organizationSlugs(m, [input.name]);
      const [created] = await m.query(
        `INSERT INTO organizations (slug, name, acronym, type, country, operating_countries, website, description,
           expertise_sdgs, expertise_targets, modalities, languages, contact_email, source, created_by, verification)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          slug,
          input.name,
          input.acronym ?? null,
          input.type,
          input.country ?? null,
          input.operatingCountries ?? [],
          input.website ?? null,
          input.description,
          input.expertiseSdgs ?? [],
          input.expertiseTargets ?? [],
          input.modalities ?? [],
          input.languages ?? [],
          input.contactEmail ?? null,
          'Registered on Galaxy by a member',
          user.id,
          verification,
        ],
      );
      if (created) return created.id as string;
      const [named] = await m.query(`SELECT 1 FROM organizations WHERE lower(name) = lower($1)`, [input.name]);
      if (named)
        throw new AppError('CONFLICT', 'An organization with this name is registered already', [
          { location: 'body', field: 'name', message: 'An organization with this name exists already' },
        ]);
    }
    throw new AppError('CONFLICT', 'Others are registering organizations with similar names right now; try again');
  }

  async update(id: string, input: z.output<typeof OrganizationUpdateInputSchema>): Promise<OrganizationAdminView> {
    const columns: Record<string, unknown> = {
      name: input.name,
      acronym: input.acronym,
      type: input.type,
      country: input.country,
      operating_countries: input.operatingCountries,
      website: input.website,
      description: input.description,
      expertise_sdgs: input.expertiseSdgs,
      expertise_targets: input.expertiseTargets,
      modalities: input.modalities,
      languages: input.languages,
      contact_email: input.contactEmail,
    };
    const set = Object.entries(columns).filter(([, v]) => v !== undefined);
    // A verification vouches for this name at this website: changing either drops it (an
    // organization verified by its email domain could otherwise rename itself "UNDP").
    const identity = set
      .map(([c], i) => (c === 'name' || c === 'website' ? `${c} IS DISTINCT FROM $${i + 2}` : undefined))
      .filter(Boolean);
    const verification = identity.length
      ? `, verification = CASE WHEN ${identity.join(' OR ')} THEN 'unverified' ELSE verification END`
      : '';
    await this.db.transaction(async (m) => {
      await m.query(
        `UPDATE organizations SET ${set.map(([c], i) => `${c} = $${i + 2}`).join(', ')}${verification}, updated_at = now() WHERE id = $1`,
        [id, ...set.map(([, v]) => v)],
      );
      await enqueueSearchSync(m, 'organization', [id]);
    });
    return this.view(id);
  }

  async view(id: string): Promise<OrganizationAdminView> {
    const [o] = await this.db.query(
      `SELECT o.*, trim(o.country) AS country_code,
         COALESCE((SELECT json_agg(json_build_object('id', i.id, 'email', i.email, 'role', i.role, 'expiresAt', i.expires_at)
                     ORDER BY i.created_at)
                   FROM invitations i WHERE i.organization_id = o.id AND i.accepted_at IS NULL AND i.expires_at > now()), '[]')
           AS invitations
       FROM organizations o WHERE o.id = $1`,
      [id],
    );
    if (!o) throw AppError.notFound('Organization');
    return {
      id: o.id,
      slug: o.slug,
      name: o.name,
      acronym: o.acronym,
      type: o.type,
      country: o.country_code,
      operatingCountries: o.operating_countries,
      website: o.website,
      description: o.description,
      expertiseSdgs: o.expertise_sdgs,
      expertiseTargets: o.expertise_targets,
      modalities: o.modalities,
      languages: o.languages,
      verification: o.verification,
      contactEmail: o.contact_email,
      members: (await this.organizations.members(id)).map((mb) => ({ ...mb, since: mb.since.toISOString() })),
      invitations: o.invitations.map((i: { expiresAt: string }) => ({
        ...i,
        expiresAt: new Date(i.expiresAt).toISOString(),
      })),
    };
  }

  async invite(
    user: AuthUser,
    organizationId: string,
    email: string,
    role: MemberRole,
  ): Promise<OrganizationAdminView> {
    if (await this.organizations.isMemberByEmail(organizationId, email)) {
      throw new AppError('CONFLICT', 'This person is a member already', [
        { location: 'body', field: 'email', code: 'ALREADY_MEMBER', message: 'Already a member' },
      ]);
    }
    const token = newToken();
    // In the invitee's language if they have an account, else in the inviter's.
    const [org]: { name: string; locale: UiLanguage }[] = await this.db.query(
      `SELECT name, COALESCE((SELECT locale FROM users WHERE email = $2), (SELECT locale FROM users WHERE id = $3)) AS locale
       FROM organizations WHERE id = $1`,
      [organizationId, email, user.id],
    );
    await this.db.query(
      `INSERT INTO invitations (organization_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
      [organizationId, email, role, hashToken(token), user.id, INVITATION_DAYS],
    );
    await this.sendInvitation(user, email, org, role, token);
    return this.view(organizationId);
  }

  private async sendInvitation(
    user: AuthUser,
    email: string,
    org: { name: string; locale: UiLanguage },
    role: MemberRole,
    token: string,
  ): Promise<void> {
    const link = this.mail.link(`/invitations/accept?token=${token}`);
    await this.mail.send(email, org.locale, (m) =>
      m.invitation({ inviter: user.name, organization: org.name, role, link, days: INVITATION_DAYS }),
    );
  }

  /**
   * What the invitation link's holder may see before accepting: which organization, for which
   * address and role, until when. A used, revoked or expired link shows nothing.
   */
  async previewInvitation(token: string): Promise<InvitationPreview> {
    const [row] = await this.db.query(
      `SELECT i.email, i.role, i.expires_at, o.id, o.slug, o.name
       FROM invitations i JOIN organizations o ON o.id = i.organization_id
       WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > now()`,
      [hashToken(token)],
    );
    if (!row) throw AppError.notFound('Invitation');
    return {
      organization: { id: row.id, slug: row.slug, name: row.name },
      email: row.email,
      role: row.role,
      expiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  /** Withdraws a pending invitation: its link stops working at once. */
  async revokeInvitation(organizationId: string, invitationId: string): Promise<void> {
    const [rows] = await this.db.query(
      `DELETE FROM invitations WHERE id = $1 AND organization_id = $2 AND accepted_at IS NULL RETURNING id`,
      [invitationId, organizationId],
    );
    if (!rows.length) throw AppError.notFound('Invitation');
  }

  /**
   * Sends a pending (or expired) invitation again with a new link and a new period; the old link
   * stops working.
   */
  async resendInvitation(user: AuthUser, organizationId: string, invitationId: string): Promise<OrganizationAdminView> {
    const token = newToken();
    const [rows]: [{ email: string; role: MemberRole }[], number] = await this.db.query(
      `UPDATE invitations SET token_hash = $3, invited_by = $4, expires_at = now() + make_interval(days => $5)
       WHERE id = $1 AND organization_id = $2 AND accepted_at IS NULL RETURNING email, role`,
      [invitationId, organizationId, hashToken(token), user.id, INVITATION_DAYS],
    );
    const invitation = rows[0];
    if (!invitation) throw AppError.notFound('Invitation');
    const [org]: { name: string; locale: UiLanguage }[] = await this.db.query(
      `SELECT name, COALESCE((SELECT locale FROM users WHERE email = $2), (SELECT locale FROM users WHERE id = $3)) AS locale
       FROM organizations WHERE id = $1`,
      [organizationId, invitation.email, user.id],
    );
    await this.sendInvitation(user, invitation.email, org, invitation.role, token);
    return this.view(organizationId);
  }

  async acceptInvitation(user: AuthUser, token: string): Promise<{ organizationId: string; slug: string }> {
    return this.db.transaction(async (m) => {
      const [rows] = await m.query(
        `UPDATE invitations SET accepted_at = now()
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() AND email = $2
         RETURNING organization_id, role`,
        [hashToken(token), user.email],
      );
      const invitation = rows[0];
      if (!invitation) {
        throw new AppError(
          'TOKEN_INVALID',
          'This invitation is not valid: it expired, was used, or is for another email address',
          [
            {
              location: 'params',
              field: 'token',
              code: 'TOKEN_INVALID',
              message: 'Unknown, used, expired or for another address',
            },
          ],
        );
      }
      await this.organizations.addMember(m, invitation.organization_id, user.id, invitation.role);
      // Following an emailed link proves the address.
      await m.query(`UPDATE users SET email_verified_at = COALESCE(email_verified_at, now()) WHERE id = $1`, [user.id]);
      const [org] = await m.query(`SELECT slug FROM organizations WHERE id = $1`, [invitation.organization_id]);
      return { organizationId: invitation.organization_id, slug: org.slug };
    });
  }

  async changeRole(organizationId: string, userId: string, role: MemberRole): Promise<OrganizationAdminView> {
    await this.db.transaction(async (m) => {
      await this.lockMembers(m, organizationId);
      if (!(await this.organizations.changeRole(m, organizationId, userId, role))) throw AppError.notFound('Member');
      await this.assertAnAdminRemains(m, organizationId);
    });
    return this.view(organizationId);
  }

  async removeMember(organizationId: string, userId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.lockMembers(m, organizationId);
      if (!(await this.organizations.removeMember(m, organizationId, userId))) throw AppError.notFound('Member');
      await this.assertAnAdminRemains(m, organizationId);
    });
  }

  /** Relays a visitor's message to the organization's contact address (or its administrators). */
  async relayContact(organizationId: string, input: { name: string; email: string; message: string }): Promise<void> {
    const [org]: { name: string; contact_email: string | null; contact_locale: string | null; languages: string[] }[] =
      await this.db.query(
        `SELECT o.name, o.contact_email, u.locale AS contact_locale, o.languages
         FROM organizations o LEFT JOIN users u ON u.email = o.contact_email WHERE o.id = $1`,
        [organizationId],
      );
    if (!org) throw AppError.notFound('Organization');
    // The contact address gets it in its user's language, else in the organization's first working
    // language; without a contact address, each administrator gets it in their own.
    const recipients: { email: string; locale: string | undefined }[] = org.contact_email
      ? [{ email: org.contact_email, locale: org.contact_locale ?? org.languages.find(isMailLanguage) }]
      : await this.access.peopleToNotify({
          organizationIds: [organizationId],
          permission: 'organization.manage',
          optedInOnly: false,
        });
    if (!recipients.length) {
      throw new AppError(
        'CONFLICT',
        'This organization has no contact address yet; try again after it completes its profile',
      );
    }
    await Promise.all(
      recipients.map((r) =>
        this.mail.send(r.email, mailLanguage(r.locale), (m) =>
          m.contactMessage({
            sender: input.name,
            senderEmail: input.email,
            organization: org.name,
            message: input.message,
          }),
        ),
      ),
    );
  }

  async verify(organizationId: string, level: VerificationLevel): Promise<OrganizationAdminView> {
    await this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
      const [rows]: [{ id: string }[], number] = await m.query(
        `UPDATE organizations SET verification = $2, updated_at = now() WHERE id = $1 RETURNING id`,
        [organizationId, level],
      );
      // No such organization: refuse before the outbox row, so the 404 leaves nothing behind.
      if (!rows.length) throw AppError.notFound('Organization');
      await enqueueSearchSync(m, 'organization', [organizationId]);
    });
    return this.view(organizationId);
  }

  private async lockMembers(m: import('typeorm').EntityManager, organizationId: string): Promise<void> {
    await m.query(`SELECT id FROM organizations WHERE id = $1 FOR UPDATE`, [organizationId]);
  }

  /** An organization never loses its last administrator (the transaction rolls back). */
  private async assertAnAdminRemains(m: import('typeorm').EntityManager, organizationId: string): Promise<void> {
    if ((await this.organizations.countAdmins(m, organizationId)) === 0)
      throw new AppError('CONFLICT', 'An organization needs at least one administrator: name another first');
  }
}
