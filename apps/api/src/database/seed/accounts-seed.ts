import type { GlobalRole } from '@galaxy/contracts';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/env';
import { hashPassword } from '../../modules/accounts/passwords';
import { ensureDemoRevisions } from './curation-seed';

export const DEMO_ACCOUNTS: { email: string; name: string; role: GlobalRole; organizationAdmin?: boolean }[] = [
  { email: 'admin@galaxy.local', name: 'Demo Administrator', role: 'admin' },
  { email: 'curator@galaxy.local', name: 'Demo Curator', role: 'curator' },
  { email: 'partner@galaxy.local', name: 'Demo Partner', role: 'member', organizationAdmin: true },
];
const DEMO_ORGANIZATION = {
  slug: 'demo-partner-agency',
  name: 'Demo Partner Agency',
  description: 'A demonstration organization for trying Galaxy as a partner. Demo data.',
};

async function ensureUser(
  db: DataSource,
  email: string,
  password: string,
  name: string,
  role: GlobalRole,
): Promise<string> {
  const [existing] = await db.query(`SELECT id FROM users WHERE email = $1`, [email]);
  if (existing) return existing.id;
  const [{ id }] = await db.query(
    `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [email.toLowerCase(), await hashPassword(password), name, role],
  );
  return id;
}

/**
 * The first administrator from ADMIN_EMAIL / ADMIN_PASSWORD (any mode), and outside production the
 * demo accounts (password GALAXY_DEMO_PASSWORD) with a demo organization for the partner. Idempotent.
 */
export async function ensureAccounts(db: DataSource, config: AppConfig, log: (line: string) => void): Promise<void> {
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await ensureUser(db, config.ADMIN_EMAIL, config.ADMIN_PASSWORD, 'Administrator', 'admin');
  }
  if (config.NODE_ENV === 'production') return;
  for (const account of DEMO_ACCOUNTS) {
    const id = await ensureUser(db, account.email, config.GALAXY_DEMO_PASSWORD, account.name, account.role);
    if (!account.organizationAdmin) continue;
    await db.query(
      `INSERT INTO organizations (slug, name, type, country, description, source, verification)
       VALUES ($1, $2, 'cooperation_agency', 'KE', $3, 'Demo data', 'staff') ON CONFLICT DO NOTHING`,
      [DEMO_ORGANIZATION.slug, DEMO_ORGANIZATION.name, DEMO_ORGANIZATION.description],
    );
    await db.query(
      `INSERT INTO memberships (organization_id, user_id, role)
       SELECT id, $2, 'admin' FROM organizations WHERE slug = $1 ON CONFLICT DO NOTHING`,
      [DEMO_ORGANIZATION.slug, id],
    );
    await ensureDemoRevisions(db, DEMO_ORGANIZATION.slug, id);
  }
  log(
    `demo accounts (development only): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} — password: ${
      config.GALAXY_DEMO_PASSWORD === 'galaxy-demo-password' ? 'galaxy-demo-password' : '$GALAXY_DEMO_PASSWORD'
    }`,
  );
}
