import { SolutionInputSchema } from '@galaxy/contracts';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CSRF_COOKIE, SESSION_COOKIE } from '../common/auth';
import { CatalogWriter } from '../modules/solutions/catalog-writer';
import { hashPassword } from '../modules/accounts/passwords';
import { SessionsService } from '../modules/accounts/sessions.service';
import { OrganizationsRepository } from '../modules/organizations/organizations.repository';
import { cookiesOf, WireClient } from './http';

export const ROLES = ['anonymous', 'member', 'editor', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  cookie: string;
  csrf: string;
  userId?: string;
}

/** What the fuzzer aims at: one object of each kind, and a signed-in client per role. */
export interface Fixtures {
  identities: Record<Role, Identity>;
  ids: {
    orgA: string;
    orgASlug: string;
    orgB: string;
    publishedSolution: string;
    publishedSlug: string;
    draftSolution: string;
    need: string;
    offer: string;
    match: string;
    junior: string;
  };
  /** Signs the role in again (its session was revoked, e.g. by a fuzzed logout). */
  renew(role: Role): Promise<void>;
}

const ROLE_USERS: Record<Exclude<Role, 'anonymous'>, { email: string; role: string }> = {
  member: { email: 'fuzz-member@fuzz.example', role: 'member' },
  editor: { email: 'fuzz-editor@fuzz.example', role: 'member' },
  curator: { email: 'fuzz-curator@fuzz.example', role: 'curator' },
  admin: { email: 'fuzz-admin@fuzz.example', role: 'admin' },
};

/**
 * Creates the fuzzer's world in an empty database: two organizations (the editor administers A), a
 * published solution, a draft, a need, an offer and a match between them, and a session per role.
 */
export async function createFixtures(app: INestApplication, client: WireClient): Promise<Fixtures> {
  const db = app.get(DataSource);
  const sessions = app.get(SessionsService);
  const hash = await hashPassword('fuzz-password-that-nobody-guesses');
  const userIds: Record<string, string> = {};
  for (const [role, u] of Object.entries(ROLE_USERS)) {
    [{ id: userIds[role] }] = await db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [u.email, hash, `Fuzz ${role}`, u.role],
    );
  }
  const [{ id: junior }] = await db.query(
    `INSERT INTO users (email, password_hash, name, email_verified_at) VALUES ('fuzz-junior@fuzz.example', $1, 'Fuzz junior', now()) RETURNING id`,
    [hash],
  );
  const organization = async (slug: string, name: string, country: string) =>
    (
      await db.query(
        `INSERT INTO organizations (slug, name, type, country, description, source, languages, expertise_sdgs)
         VALUES ($1, $2, 'ngo', $3, 'Water and sanitation for all', 'fuzz', '{en}', '{6}') RETURNING id`,
        [slug, name, country],
      )
    )[0].id as string;
  const orgA = await organization('fuzz-water-kenya', 'Fuzz Water Kenya', 'KE');
  const orgB = await organization('fuzz-water-india', 'Fuzz Water India', 'IN');
  const organizations = app.get(OrganizationsRepository);
  await organizations.addMember(db.manager, orgA, userIds.editor, 'admin');
  await organizations.addMember(db.manager, orgA, junior, 'editor');
  const {
    ids: [publishedSolution],
  } = await app.get(CatalogWriter).writeSolutions(
    [
      SolutionInputSchema.parse({
        externalId: 'fuzz-1',
        language: 'en',
        title: 'Solar water kiosks run by local operators',
        summary: 'Neighbourhood kiosks sell safe drinking water at a fair price.',
        challenge: 'Households walked hours to fetch water of doubtful quality.',
        towardsSolution: 'A utility trained local operators to run solar-powered kiosks.',
        resultsImpact: 'Thousands of households now buy treated water close to home.',
        sdgs: [6],
        sdgTargets: ['6.1'],
        countries: [
          { country: 'KE', role: 'recipient' },
          { country: 'IN', role: 'provider' },
        ],
        modality: 'south-south',
        projectStatus: 'ongoing',
        startYear: 2020,
        source: 'Fuzz data',
      }),
    ],
    { publish: true },
  );
  const [{ slug: publishedSlug }] = await db.query(`SELECT slug FROM solutions WHERE id = $1`, [publishedSolution]);

  const identities = { anonymous: await identity(client) } as Record<Role, Identity>;
  const renew = async (role: Role) => {
    if (role === 'anonymous') return;
    const token = await sessions.create(userIds[role], { userAgent: 'galaxy-fuzz', ip: '127.0.0.1' });
    identities[role] = { ...(await identity(client, `${SESSION_COOKIE}=${token}`)), userId: userIds[role] };
  };
  for (const role of ROLES) await renew(role);

  const as = async (role: Role, method: string, path: string, body: unknown) => {
    const res = await client.send({
      method,
      path: `/api/v1${path}`,
      headers: {
        'Content-Type': 'application/json',
        Cookie: identities[role].cookie,
        'X-CSRF-Token': identities[role].csrf,
      },
      body: Buffer.from(JSON.stringify(body)),
    });
    if (res.status >= 300) throw new Error(`fixture ${method} ${path}: ${res.status} ${res.body.toString()}`);
    return JSON.parse(res.body.toString()) as Record<string, unknown>;
  };
  const draft = await as('editor', 'POST', '/solutions', {
    organizationId: orgA,
    title: 'Rainwater harvesting in schools',
    sdgs: [6],
  });
  const need = await as('editor', 'POST', '/needs', {
    organizationId: orgA,
    title: 'Safe drinking water for rural districts',
    problemStatement: 'Rural households walk hours to fetch water of doubtful quality.',
    desiredOutcome: 'Universal access to safe drinking water in three districts by 2028.',
    sdgs: [6],
    sdgTargets: ['6.1'],
    countries: ['KE'],
    modalities: ['training'],
    languages: ['en'],
    coContribution: { cash: 'USD 50,000' },
  });
  const offer = await as('editor', 'POST', '/offers', {
    organizationId: orgA,
    title: 'Training for water kiosk operators',
    description: 'Two-week training on running solar water kiosks.',
    modalities: ['training'],
    sdgs: [6],
    costModel: 'cost_shared',
    languages: ['en'],
  });
  const match = await as('curator', 'POST', '/matches', { needId: need.id, organizationId: orgB });
  return {
    identities,
    renew,
    ids: {
      orgA,
      orgASlug: 'fuzz-water-kenya',
      orgB,
      publishedSolution,
      publishedSlug,
      draftSolution: (draft.solutionId ?? draft.id) as string,
      need: need.id as string,
      offer: offer.id as string,
      match: match.id as string,
      junior,
    },
  };
}

/** A CSRF token issued to this client (with its session cookie, if any), as the SPA gets one. */
async function identity(client: WireClient, sessionCookie?: string): Promise<Identity> {
  const res = await client.send({
    method: 'GET',
    path: '/api/v1/auth/csrf',
    headers: sessionCookie ? { Cookie: sessionCookie } : {},
  });
  const csrf = cookiesOf(res.headers)[CSRF_COOKIE] ?? (JSON.parse(res.body.toString()) as { token: string }).token;
  return { cookie: [sessionCookie, `${CSRF_COOKIE}=${csrf}`].filter(Boolean).join('; '), csrf };
}
