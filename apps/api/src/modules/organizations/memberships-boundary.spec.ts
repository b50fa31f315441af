import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Membership and role questions go through the access policy; only the organizations repository
 * (and its entity) touch the `memberships` table. Migrations and the seed write the schema and
 * demo data, so they may name it too.
 */
const SRC = join(__dirname, '..', '..');
const ALLOWED = [
  'modules/organizations/organizations.repository.ts',
  'modules/organizations/organization.entity.ts',
  'modules/organizations/memberships-boundary.spec.ts',
];
const ALLOWED_FOLDERS = ['database/migrations/', 'database/seed/'];

/** SQL naming the table (`FROM memberships`, `JOIN public.memberships`, …) or the table name as a string. */
export function mentionsMembershipsTable(source: string): boolean {
  return (
    /\b(?:from|join|into|update|table|truncate)\s+(?:"?public"?\s*\.\s*)?"?memberships"?(?![\w$])/i.test(source) ||
    /(['"`])memberships\1/.test(source)
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the memberships table has one owner', () => {
  it('recognises the ways code reaches the table, and not a property of the same name', () => {
    for (const sql of [
      'SELECT role FROM memberships WHERE user_id = $1',
      'LEFT JOIN memberships mb ON mb.user_id = u.id',
      'INSERT INTO memberships (organization_id) VALUES ($1)',
      'UPDATE memberships SET role = $1',
      'DELETE FROM "memberships" WHERE true',
      'SELECT 1 FROM public.memberships',
      "@Entity('memberships')",
      "m.getRepository('memberships')",
    ])
      expect([sql, mentionsMembershipsTable(sql)]).toEqual([sql, true]);
    for (const code of ['me.memberships[0].organizationId', 'memberships: await this.access.membershipsOf(id)'])
      expect([code, mentionsMembershipsTable(code)]).toEqual([code, false]);
  });

  it('is named by no file outside the organizations repository, the migrations and the seed', () => {
    const offenders = sources(SRC)
      .map((file) => relative(SRC, file).split(sep).join('/'))
      .filter((file) => !ALLOWED.includes(file) && !ALLOWED_FOLDERS.some((folder) => file.startsWith(folder)))
      .filter((file) => mentionsMembershipsTable(readFileSync(join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
