import type { OrganizationAdminView } from '@galaxy/contracts';
import type { OrganizationEntity } from './organization.entity';
import type { OrganizationMember, PendingInvitation } from './organizations.repository';

/** The manage view: the profile with its private fields, its members and pending invitations. */
export function toOrganizationAdminView(
  organization: OrganizationEntity,
  members: OrganizationMember[],
  invitations: PendingInvitation[],
): OrganizationAdminView {
  return {
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    acronym: organization.acronym,
    type: organization.type,
    country: organization.country?.trim() ?? null,
    operatingCountries: organization.operatingCountries,
    website: organization.website,
    description: organization.description,
    expertiseSdgs: organization.expertiseSdgs,
    expertiseTargets: organization.expertiseTargets,
    modalities: organization.modalities,
    languages: organization.languages,
    verification: organization.verification,
    contactEmail: organization.contactEmail,
    members: members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      role: m.role,
      since: m.since.toISOString(),
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}
