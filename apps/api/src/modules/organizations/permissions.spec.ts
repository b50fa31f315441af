import { MEMBER_ROLES } from '@galaxy/contracts';
import { allows, GLOBAL_PERMISSIONS, MEMBER_PERMISSIONS, memberRolesWith, PERMISSIONS, REFUSALS } from './permissions';

describe('the permission table', () => {
  it('lets an editor write listings and solutions but not edit the profile or manage members', () => {
    expect(allows('member', 'editor', 'listing.edit')).toBe(true);
    expect(allows('member', 'editor', 'solution.submit')).toBe(true);
    expect(allows('member', 'editor', 'organization.view')).toBe(true);
    expect(allows('member', 'editor', 'organization.edit')).toBe(false);
    expect(allows('member', 'editor', 'organization.manage')).toBe(false);
    expect(allows('member', 'editor', 'curation.review')).toBe(false);
  });

  it('lets an organization’s administrator do everything there except review', () => {
    for (const permission of PERMISSIONS)
      expect([permission, allows('member', 'admin', permission)]).toEqual([
        permission,
        permission !== 'curation.review',
      ]);
  });

  it('gives a signed-in non-member nothing', () => {
    for (const permission of PERMISSIONS)
      expect([permission, allows('member', null, permission)]).toEqual([permission, false]);
  });

  it('lets a curator look and review, never write an organization’s entries', () => {
    expect(allows('curator', null, 'organization.view')).toBe(true);
    expect(allows('curator', null, 'curation.review')).toBe(true);
    for (const permission of ['organization.edit', 'organization.manage', 'listing.edit', 'solution.submit'] as const)
      expect([permission, allows('curator', null, permission)]).toEqual([permission, false]);
  });

  it('lets a global administrator do anything anywhere', () => {
    for (const permission of PERMISSIONS) expect(allows('admin', null, permission)).toBe(true);
  });

  it('grants a permission only where a row names it', () => {
    const granted = new Set([...Object.values(MEMBER_PERMISSIONS).flat(), ...Object.values(GLOBAL_PERMISSIONS).flat()]);
    expect([...granted].sort()).toEqual([...PERMISSIONS].sort());
    for (const role of MEMBER_ROLES) expect(MEMBER_PERMISSIONS[role].every((p) => PERMISSIONS.includes(p))).toBe(true);
    for (const permission of PERMISSIONS) expect(REFUSALS[permission]).toMatch(/\S/);
  });

  it('names the roles to notify by what they may do', () => {
    expect(memberRolesWith('solution.submit')).toEqual(['admin', 'editor']);
    expect(memberRolesWith('organization.manage')).toEqual(['admin']);
    expect(memberRolesWith('curation.review')).toEqual([]);
  });
});
