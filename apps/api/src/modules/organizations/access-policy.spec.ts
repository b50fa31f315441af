import type { MemberRole } from '@galaxy/contracts';
import { AppError } from '../../common/app-error';
import type { AuthUser } from '../../common/auth';
import { AccessPolicy, unknownOrganizationInBody } from './access-policy';
import type { OrganizationsRepository } from './organizations.repository';

const ORG = '00000000-0000-4000-8000-000000000001';
const user = (role: AuthUser['role'] = 'member'): AuthUser => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  email: 'a@example.org',
  name: 'A',
  role,
  emailVerified: true,
  sessionId: 's',
});

/** A policy over an organizations repository holding one organization (or none), the user's role in it given. */
function policyWith(organization: { role: MemberRole | null } | undefined) {
  const recipients = jest.fn().mockResolvedValue([]);
  const repository = {
    roleIn: jest.fn().mockResolvedValue(organization),
    recipients,
  } as unknown as OrganizationsRepository;
  return { policy: new AccessPolicy(repository), recipients };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('AccessPolicy', () => {
  it('answers 404 for an organization that does not exist, whatever the role', async () => {
    const { policy } = policyWith(undefined);
    const error = await refusal(
      policy.requireAccess({ auth: user('admin'), permission: 'organization.view', organizationId: ORG }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });

  it('answers with the caller’s error for a missing organization named in a body', async () => {
    const { policy } = policyWith(undefined);
    const error = await refusal(
      policy.requireAccess({
        auth: user(),
        permission: 'listing.edit',
        organizationId: ORG,
        whenMissing: unknownOrganizationInBody,
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toEqual([expect.objectContaining({ location: 'body', field: 'organizationId' })]);
  });

  it('lets an editor write listings but refuses them member management with 403', async () => {
    const { policy } = policyWith({ role: 'editor' });
    await expect(
      policy.requireAccess({ auth: user(), permission: 'listing.edit', organizationId: ORG }),
    ).resolves.toBeUndefined();
    const error = await refusal(
      policy.requireAccess({ auth: user(), permission: 'organization.manage', organizationId: ORG }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });

  it('refuses a non-member and lets a global admin through', async () => {
    const { policy } = policyWith({ role: null });
    expect(
      (await refusal(policy.requireAccess({ auth: user(), permission: 'solution.submit', organizationId: ORG }))).code,
    ).toBe('FORBIDDEN');
    await expect(
      policy.requireAccess({ auth: user('admin'), permission: 'solution.submit', organizationId: ORG }),
    ).resolves.toBeUndefined();
  });

  it('says no, without throwing, for an organization that does not exist', async () => {
    expect(
      await policyWith(undefined).policy.can({
        auth: user('admin'),
        permission: 'solution.submit',
        organizationId: ORG,
      }),
    ).toBe(false);
    expect(
      await policyWith({ role: 'editor' }).policy.can({
        auth: user(),
        permission: 'solution.submit',
        organizationId: ORG,
      }),
    ).toBe(true);
  });

  it('asks for the member roles that hold the permission when choosing whom to notify', async () => {
    const { policy, recipients } = policyWith(undefined);
    await policy.peopleToNotify({ organizationIds: [ORG], permission: 'organization.manage', optedInOnly: false });
    expect(recipients).toHaveBeenLastCalledWith(
      { organizationIds: [ORG], roles: ['admin'], userIds: [], optedInOnly: false },
      undefined,
    );
    await policy.peopleToNotify({ organizationIds: [ORG], alsoUsers: ['u'], optedInOnly: true });
    expect(recipients).toHaveBeenLastCalledWith(
      { organizationIds: [ORG], roles: ['admin', 'editor'], userIds: ['u'], optedInOnly: true },
      undefined,
    );
  });
});
