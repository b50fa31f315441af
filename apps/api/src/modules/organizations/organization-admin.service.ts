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
import { AccountsRepository } from '../accounts/accounts.repository';
import { hashToken, newToken } from '../accounts/tokens';
import { CatalogWriter } from '../catalog/catalog-writer';
import { enqueueOwnDocuments, enqueueSearchSync } from '../search';
import { MailService } from '../mail/mail.service';
import { isMailLanguage, mailLanguage } from '../mail/messages';
import { AccessPolicy } from './access-policy';
import { toOrganizationAdminView } from './organization.mapper';
import { OrganizationsRepository, type OrganizationProfile } from './organizations.repository';

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

/** The profile a registrant gives, absent details as null. */
function profileOf(input: z.output<typeof OrganizationRegisterInputSchema>): OrganizationProfile {
  return {
    name: input.name,
    acronym: input.acronym ?? null,
    type: input.type,
    country: input.country ?? null,
    operatingCountries: input.operatingCountries ?? [],
    website: input.website ?? null,
    description: input.description,
    expertiseSdgs: input.expertiseSdgs ?? [],
    expertiseTargets: input.expertiseTargets ?? [],
    modalities: input.modalities ?? [],
    languages: input.languages ?? [],
    contactEmail: input.contactEmail ?? null,
  };
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
    private readonly accounts: AccountsRepository,
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
      const created = await this.organizations.insertRegistered(m, {
        ...profileOf(input),
        slug,
        source: 'Registered on Galaxy by a member',
        createdBy: user.id,
        verification,
      });
      if (created) return created;
      if (await this.organizations.nameTaken(m, input.name))
        throw new AppError('CONFLICT', 'An organization with this name is registered already', [
          { location: 'body', field: 'name', message: 'An organization with this name exists already' },
        ]);
    }
    throw new AppError('CONFLICT', 'Others are registering organizations with similar names right now; try again');
  }

  async update(id: string, input: z.output<typeof OrganizationUpdateInputSchema>): Promise<OrganizationAdminView> {
    await this.db.transaction(async (m) => {
      await this.organizations.updateProfile(m, id, {
        name: input.name,
        acronym: input.acronym,
        type: input.type,
        country: input.country,
        operatingCountries: input.operatingCountries,
        website: input.website,
        description: input.description,
        expertiseSdgs: input.expertiseSdgs,
        expertiseTargets: input.expertiseTargets,
        modalities: input.modalities,
        languages: input.languages,
        contactEmail: input.contactEmail,
      });
      await enqueueSearchSync(m, 'organization', [id]);
    });
    return this.view(id);
  }

  async view(id: string): Promise<OrganizationAdminView> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw AppError.notFound('Organization');
    const [members, invitations] = await Promise.all([
      this.organizations.members(id),
      this.organizations.pendingInvitations(id),
    ]);
    return toOrganizationAdminView(organization, members, invitations);
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
    const org = await this.invitationContext(user, organizationId, email);
    await this.organizations.createInvitation({
      organizationId,
      email,
      role,
      tokenHash: hashToken(token),
      invitedBy: user.id,
      days: INVITATION_DAYS,
    });
    await this.sendInvitation(user, email, org, role, token);
    return this.view(organizationId);
  }

  /** The organization's name, and the language to invite in: the invitee's if they have an account, else the inviter's. */
  private async invitationContext(
    user: AuthUser,
    organizationId: string,
    email: string,
  ): Promise<{ name: string; locale: UiLanguage }> {
    const [name, invitee, inviter] = await Promise.all([
      this.organizations.nameOf(organizationId),
      this.accounts.contact({ email }),
      this.accounts.contact({ id: user.id }),
    ]);
    if (name === undefined) throw AppError.notFound('Organization');
    return { name, locale: invitee?.locale ?? inviter?.locale ?? 'en' };
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
    const invitation = await this.organizations.liveInvitation(hashToken(token));
    if (!invitation) throw AppError.notFound('Invitation');
    return {
      organization: invitation.organization,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Withdraws a pending invitation: its link stops working at once. */
  async revokeInvitation(organizationId: string, invitationId: string): Promise<void> {
    if (!(await this.organizations.deletePendingInvitation(organizationId, invitationId)))
      throw AppError.notFound('Invitation');
  }

  /**
   * Sends a pending (or expired) invitation again with a new link and a new period; the old link
   * stops working.
   */
  async resendInvitation(user: AuthUser, organizationId: string, invitationId: string): Promise<OrganizationAdminView> {
    const token = newToken();
    const invitation = await this.organizations.renewInvitation({
      organizationId,
      invitationId,
      tokenHash: hashToken(token),
      invitedBy: user.id,
      days: INVITATION_DAYS,
    });
    if (!invitation) throw AppError.notFound('Invitation');
    const org = await this.invitationContext(user, organizationId, invitation.email);
    await this.sendInvitation(user, invitation.email, org, invitation.role, token);
    return this.view(organizationId);
  }

  async acceptInvitation(user: AuthUser, token: string): Promise<{ organizationId: string; slug: string }> {
    return this.db.transaction(async (m) => {
      const invitation = await this.organizations.acceptInvitation(m, hashToken(token), user.email);
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
      await this.organizations.addMember(m, invitation.organizationId, user.id, invitation.role);
      // Following an emailed link proves the address.
      await this.accounts.markEmailVerified(m, user.id);
      const slug = await this.organizations.slugOf(m, invitation.organizationId);
      return { organizationId: invitation.organizationId, slug: slug ?? '' };
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
    const org = await this.organizations.contactOf(organizationId);
    if (!org) throw AppError.notFound('Organization');
    // The contact address gets it in its user's language, else in the organization's first working
    // language; without a contact address, each administrator gets it in their own.
    const recipients: { email: string; locale: string | undefined }[] = org.contactEmail
      ? [
          {
            email: org.contactEmail,
            locale:
              (await this.accounts.contact({ email: org.contactEmail }))?.locale ?? org.languages.find(isMailLanguage),
          },
        ]
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
      // No such organization: refuse before the outbox row, so the 404 leaves nothing behind.
      if (!(await this.organizations.setVerification(m, organizationId, level)))
        throw AppError.notFound('Organization');
      // The verification level is on the organization's own document only.
      await enqueueOwnDocuments(m, 'organization', [organizationId]);
    });
    return this.view(organizationId);
  }

  private async lockMembers(m: EntityManager, organizationId: string): Promise<void> {
    await this.organizations.lockForMembershipChange(m, organizationId);
  }

  /** An organization never loses its last administrator (the transaction rolls back). */
  private async assertAnAdminRemains(m: EntityManager, organizationId: string): Promise<void> {
    if ((await this.organizations.countAdmins(m, organizationId)) === 0)
      throw new AppError('CONFLICT', 'An organization needs at least one administrator: name another first');
  }
}
