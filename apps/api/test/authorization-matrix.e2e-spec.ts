import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { csrfTokenFor } from '../src/common/auth';
import { SessionsService } from '../src/modules/accounts/sessions.service';
import { hashPassword } from '../src/modules/accounts/passwords';
import { hashToken, newToken } from '../src/modules/accounts/tokens';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const ROLES = ['visitor', 'editorA', 'adminA', 'editorB', 'curator', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;
const PASSWORD = 'matrix-kiosk-river-7';

const all = (status: number): Expect => Object.fromEntries(ROLES.map((r) => [r, status])) as Expect;
const signedIn = (status: number): Expect => ({ ...all(status), visitor: 401 });
/** Only these roles may; every other signed-in role gets 403. */
const only = (status: number, ...allowed: Role[]): Expect =>
  Object.fromEntries(ROLES.map((r) => [r, r === 'visitor' ? 401 : allowed.includes(r) ? status : 403])) as Expect;

/** Every route the application serves, read from Nest's own metadata: a new route without a row fails. */
function listRoutes(app: NestFastifyApplication): string[] {
  const container = (
    app as unknown as {
      container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: Function }> }> };
    }
  ).container;
  const routes: string[] = [];
  for (const module of container.getModules().values()) {
    for (const { metatype } of module.controllers.values()) {
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler = metatype.prototype[name];
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined || name === 'constructor') continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        routes.push(
          `${method} /api/v1/${[base, String(path)].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'),
        );
      }
    }
  }
  return routes.sort();
}

describe('authorization matrix: every route × role, refusals change nothing', () => {
  let t: TestApp;
  const users = {} as Record<Exclude<Role, 'visitor'>, { id: string; email: string }>;
  let orgA: { id: string; slug: string };
  let memberX: string;
  let solutionSlug: string;
  let n = 0;

  /** A session of this role, with the CSRF token bound to it (a visitor's is a plain double submit). */
  const cookieFor = async (role: Role): Promise<{ cookie: string; csrf: string }> => {
    if (role === 'visitor') return { cookie: 'galaxy_csrf=csrf-visitor', csrf: 'csrf-visitor' };
    const token = await t.app.get(SessionsService).create(users[role].id, {});
    const csrf = csrfTokenFor(token);
    return { cookie: `galaxy_csrf=${csrf}; galaxy_session=${token}`, csrf };
  };

  const call = async (role: Role, method: string, path: string, body?: object) => {
    const http = request(t.app.getHttpServer());
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const { cookie, csrf } = await cookieFor(role);
    const req = http[verb](path).set('Cookie', cookie).set('X-CSRF-Token', csrf);
    return body ? req.send(body) : req;
  };

  /** A fingerprint of everything a refused request must not change. */
  const snapshot = async (): Promise<string> =>
    (
      await t.db.query(`SELECT md5(concat_ws('|',
        (SELECT string_agg(concat_ws(',', id, name, description, verification, contact_email, acronym), ';' ORDER BY id) FROM organizations),
        (SELECT string_agg(concat_ws(',', organization_id, user_id, role), ';' ORDER BY organization_id, user_id) FROM memberships),
        (SELECT string_agg(concat_ws(',', id, email, role, accepted_at, token_hash, expires_at), ';' ORDER BY id) FROM invitations),
        (SELECT string_agg(concat_ws(',', id, email, role, name, password_hash, email_verified_at), ';' ORDER BY id) FROM users),
        (SELECT string_agg(concat_ws(',', id, curation_status, version, last_verified_at), ';' ORDER BY id) FROM solutions),
        (SELECT string_agg(concat_ws(',', id, state, version), ';' ORDER BY id) FROM solution_revisions),
        (SELECT count(*) FROM audit_log),
        (SELECT string_agg(concat_ws(',', id, status, version), ';' ORDER BY id) FROM needs),
        (SELECT string_agg(concat_ws(',', id, status, version), ';' ORDER BY id) FROM offers),
        (SELECT string_agg(concat_ws(',', id, stage, version, replication_solution_id), ';' ORDER BY id) FROM matches),
        (SELECT count(*) FROM match_messages),
        (SELECT string_agg(concat_ws(',', id, dead_at, attempts), ';' ORDER BY id) FROM search_outbox WHERE dead_at IS NOT NULL))) AS h`)
    )[0].h;

  interface Row {
    method: string;
    path: string;
    expect: Expect;
    request: (role: Role) => Promise<{ path: string; body?: object }>;
  }
  const rows: Row[] = [];
  const row = (
    method: string,
    path: string,
    expect: Expect,
    build?: (role: Role) => Promise<{ path?: string; body?: object }> | { path?: string; body?: object },
  ) =>
    rows.push({
      method,
      path,
      expect,
      request: async (role) => {
        const built = (await build?.(role)) ?? {};
        return { path: built.path ?? path, body: built.body };
      },
    });

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'matrix_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits, needs, offers, matches CASCADE`);
    const hash = await hashPassword(PASSWORD);
    for (const [role, globalRole] of [
      ['editorA', 'member'],
      ['adminA', 'member'],
      ['editorB', 'member'],
      ['curator', 'curator'],
      ['admin', 'admin'],
      ['x', 'member'],
    ] as const) {
      const [u] = await t.db.query(
        `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id, email`,
        [`${role.toLowerCase()}@matrix.example`, hash, role, globalRole],
      );
      if (role === 'x') memberX = u.id;
      else users[role] = u;
    }
    const org = async (slug: string) =>
      (
        await t.db.query(
          `INSERT INTO organizations (slug, name, type, description, source) VALUES ($1, $1, 'ngo', 'An organization.', 'test') RETURNING id, slug`,
          [slug],
        )
      )[0];
    orgA = await org('org-a');
    const orgB = await org('org-b');
    await t.db.query(`UPDATE organizations SET contact_email = 'desk@org-a.example' WHERE id = $1`, [orgA.id]);
    await t.db.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $3, 'editor'), ($1, $4, 'admin'), ($2, $5, 'editor'), ($1, $6, 'editor')`,
      [orgA.id, orgB.id, users.editorA.id, users.adminA.id, users.editorB.id, memberX],
    );
    await t.db.query(
      `INSERT INTO solutions (slug, language, title, summary, challenge, towards_solution, results_impact, sdgs, modality, project_status, start_year, source, curation_status, published_at)
       VALUES ('matrix-solution', 'en', 'Matrix solution', 's', 'c', 't', 'r', '{6}', 'south-south', 'ongoing', 2020, 'test', 'published', now())`,
    );
    solutionSlug = 'matrix-solution';

    const A = () => orgA.id;
    row('GET', '/api/v1/health', all(200));
    row('GET', '/api/v1/ready', all(200));
    row('GET', '/api/v1/reference/sdgs', all(200));
    row('GET', '/api/v1/reference/countries', all(200));
    row('GET', '/api/v1/reference/regions', all(200));
    row('GET', '/api/v1/solutions', all(200));
    row('GET', '/api/v1/solutions/export', all(200));
    row('GET', '/api/v1/solutions/:idOrSlug', all(200), () => ({ path: `/api/v1/solutions/${solutionSlug}` }));
    row('GET', '/api/v1/organizations', all(200));
    row('GET', '/api/v1/organizations/:idOrSlug', all(200), () => ({ path: `/api/v1/organizations/${orgA.slug}` }));
    row('GET', '/api/v1/stats', all(200));
    row('GET', '/api/v1/dev/mail', all(200));
    row('GET', '/api/v1/auth/csrf', all(200));
    row('POST', '/api/v1/auth/signup', all(202), () => ({
      body: { email: `new${++n}@matrix.example`, password: PASSWORD, name: 'New' },
    }));
    row('POST', '/api/v1/auth/login', all(200), () => ({ body: { email: 'x@matrix.example', password: PASSWORD } }));
    row('POST', '/api/v1/auth/logout', all(204));
    row('POST', '/api/v1/auth/logout-others', signedIn(204));
    row('GET', '/api/v1/auth/me', all(200));
    row('PATCH', '/api/v1/auth/me', signedIn(200), () => ({ body: { notifyByEmail: true } }));
    row('POST', '/api/v1/auth/verify-email', all(400), () => ({ body: { token: 'x'.repeat(40) } }));
    row('POST', '/api/v1/auth/resend-verification', signedIn(204));
    row('POST', '/api/v1/auth/forgot-password', all(202), () => ({ body: { email: `forgot${++n}@matrix.example` } }));
    row('POST', '/api/v1/auth/unlock-login', all(400), () => ({ body: { token: 'x'.repeat(40) } }));
    row('POST', '/api/v1/auth/reset-password', all(400), () => ({
      body: { token: 'x'.repeat(40), password: PASSWORD },
    }));
    row('POST', '/api/v1/auth/change-password', signedIn(204), () => ({
      body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    }));
    row('POST', '/api/v1/organizations', signedIn(201), () => ({
      body: { name: `Registered ${++n}`, type: 'ngo', description: 'New partner.' },
    }));
    row('GET', '/api/v1/organizations/:id/manage', only(200, 'editorA', 'adminA', 'curator', 'admin'), () => ({
      path: `/api/v1/organizations/${A()}/manage`,
    }));
    row('PATCH', '/api/v1/organizations/:id', only(200, 'adminA', 'admin'), () => ({
      path: `/api/v1/organizations/${A()}`,
      body: { description: 'An organization, edited.' },
    }));
    row('POST', '/api/v1/organizations/:id/invitations', only(201, 'adminA', 'admin'), () => ({
      path: `/api/v1/organizations/${A()}/invitations`,
      body: { email: `invitee${++n}@matrix.example`, role: 'editor' },
    }));
    row('POST', '/api/v1/invitations/:token/accept', signedIn(200), async (role) => {
      const token = newToken();
      const email = role === 'visitor' ? 'nobody@matrix.example' : users[role].email;
      await t.db.query(
        `INSERT INTO invitations (organization_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'editor', $3, now() + interval '1 day')`,
        [orgB.id, email, hashToken(token)],
      );
      return { path: `/api/v1/invitations/${token}/accept` };
    });
    // A pending invitation of organization A, fresh for each call; returns its id and link token.
    const pendingInvitation = async () => {
      const token = newToken();
      const [{ id }] = await t.db.query(
        `INSERT INTO invitations (organization_id, email, role, token_hash, expires_at)
         VALUES ($1, $2, 'editor', $3, now() + interval '1 day') RETURNING id`,
        [A(), `pending${++n}@matrix.example`, hashToken(token)],
      );
      return { id: id as string, token };
    };
    row('GET', '/api/v1/invitations/:token', all(200), async () => ({
      path: `/api/v1/invitations/${(await pendingInvitation()).token}`,
    }));
    row('DELETE', '/api/v1/organizations/:id/invitations/:invitationId', only(204, 'adminA', 'admin'), async () => ({
      path: `/api/v1/organizations/${A()}/invitations/${(await pendingInvitation()).id}`,
    }));
    row(
      'POST',
      '/api/v1/organizations/:id/invitations/:invitationId/resend',
      only(200, 'adminA', 'admin'),
      async () => ({ path: `/api/v1/organizations/${A()}/invitations/${(await pendingInvitation()).id}/resend` }),
    );
    row('GET', '/api/v1/organizations/similar', all(200), () => ({
      path: `/api/v1/organizations/similar?name=${encodeURIComponent('Org A')}`,
    }));
    // Search-sync dead letters: a dead row for each call.
    const deadLetter = async () =>
      (
        await t.db.query(
          `INSERT INTO search_outbox (entity, entity_id, attempts, last_error, dead_at)
           VALUES ('organization', $1, 10, 'matrix', now()) RETURNING id`,
          [A()],
        )
      )[0].id as string;
    row('GET', '/api/v1/admin/search-dead-letters', only(200, 'curator', 'admin'));
    row('POST', '/api/v1/admin/search-dead-letters/retry', only(200, 'curator', 'admin'), async () => {
      await deadLetter();
      return {};
    });
    row('POST', '/api/v1/admin/search-dead-letters/:id/retry', only(200, 'curator', 'admin'), async () => ({
      path: `/api/v1/admin/search-dead-letters/${await deadLetter()}/retry`,
    }));
    row('PATCH', '/api/v1/organizations/:id/members/:userId', only(200, 'adminA', 'admin'), () => ({
      path: `/api/v1/organizations/${A()}/members/${memberX}`,
      body: { role: 'editor' },
    }));
    row('DELETE', '/api/v1/organizations/:id/members/:userId', only(204, 'adminA', 'admin'), async () => {
      await t.db.query(
        `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor') ON CONFLICT DO NOTHING`,
        [A(), memberX],
      );
      return { path: `/api/v1/organizations/${A()}/members/${memberX}` };
    });
    row('POST', '/api/v1/organizations/:id/contact', all(202), () => ({
      path: `/api/v1/organizations/${A()}/contact`,
      body: {
        name: 'Visitor',
        email: 'visitor@matrix.example',
        message: 'We would like to learn from your programme.',
      },
    }));
    row('POST', '/api/v1/organizations/:id/verification', only(200, 'curator', 'admin'), () => ({
      path: `/api/v1/organizations/${A()}/verification`,
      body: { level: 'staff' },
    }));

    // Curation: each row gets a solution of organization A in the state its action needs.
    const COMPLETE = {
      language: 'en',
      title: 'Matrix draft',
      summary: 's',
      challenge: 'c',
      towardsSolution: 't',
      resultsImpact: 'r',
      sdgs: [6],
      countries: [{ country: 'KE', role: 'recipient' }],
      modality: 'south-south',
      projectStatus: 'ongoing',
      startYear: 2020,
    };
    const revision = async (state: 'draft' | 'submitted'): Promise<string> =>
      (
        await t.db.query(
          `INSERT INTO solution_revisions (solution_id, organization_id, number, state, content, version, submitted_at)
           VALUES (gen_random_uuid(), $1, 1, $2, $3, 1, CASE WHEN $2 = 'submitted' THEN now() END) RETURNING solution_id`,
          [A(), state, JSON.stringify(COMPLETE)],
        )
      )[0].solution_id;
    const published = async (): Promise<string> =>
      (
        await t.db.query(
          `INSERT INTO solutions (slug, language, title, summary, challenge, towards_solution, results_impact, sdgs, modality,
             project_status, start_year, source, curation_status, published_at, owner_organization_id)
           VALUES ($1, 'en', 'Matrix published', 's', 'c', 't', 'r', '{6}', 'south-south', 'ongoing', 2020, 'test',
             'published', now(), $2) RETURNING id`,
          [`matrix-published-${++n}`, A()],
        )
      )[0].id;
    const versionOf = async (id: string): Promise<number> =>
      (
        await t.db.query(
          `SELECT coalesce((SELECT version FROM solutions WHERE id = $1), 0)
             + coalesce((SELECT max(version) FROM solution_revisions WHERE solution_id = $1), 0) AS v`,
          [id],
        )
      )[0].v;
    const editors = ['editorA', 'adminA', 'admin'] as const;
    const viewers = ['editorA', 'adminA', 'curator', 'admin'] as const;
    row('POST', '/api/v1/solutions', only(201, ...editors), () => ({
      body: { organizationId: A(), title: 'Matrix new draft' },
    }));
    row('GET', '/api/v1/solutions/:id/workspace', only(200, ...viewers), async () => ({
      path: `/api/v1/solutions/${await revision('draft')}/workspace`,
    }));
    row('PATCH', '/api/v1/solutions/:id', only(200, ...editors), async () => {
      const id = await revision('draft');
      return { path: `/api/v1/solutions/${id}`, body: { version: await versionOf(id), title: 'Edited' } };
    });
    row('POST', '/api/v1/solutions/:id/submit', only(200, ...editors), async () => {
      const id = await revision('draft');
      return { path: `/api/v1/solutions/${id}/submit`, body: { version: await versionOf(id) } };
    });
    row('POST', '/api/v1/solutions/:id/review', only(200, 'curator', 'admin'), async () => {
      const id = await revision('submitted');
      return {
        path: `/api/v1/solutions/${id}/review`,
        body: { version: await versionOf(id), decision: 'request_changes', note: 'More detail, please.' },
      };
    });
    row('POST', '/api/v1/solutions/:id/unpublish', only(200, 'curator', 'admin'), async () => {
      const id = await published();
      return { path: `/api/v1/solutions/${id}/unpublish`, body: { version: await versionOf(id), note: 'Outdated' } };
    });
    row('POST', '/api/v1/solutions/:id/verify', only(200, 'curator', 'admin'), async () => ({
      path: `/api/v1/solutions/${await published()}/verify`,
    }));
    row('GET', '/api/v1/solutions/:id/revisions', only(200, ...viewers), async () => ({
      path: `/api/v1/solutions/${await revision('draft')}/revisions`,
    }));
    row('GET', '/api/v1/organizations/:id/solutions', only(200, ...viewers), () => ({
      path: `/api/v1/organizations/${A()}/solutions`,
    }));
    row('GET', '/api/v1/curation/queue', only(200, 'curator', 'admin'));
    row('GET', '/api/v1/curation/verification-due', only(200, 'curator', 'admin'));
    const importFile = () => ({
      body: {
        format: 'json',
        content: JSON.stringify([{ ...COMPLETE, externalId: `matrix-import-${++n}`, source: 'test' }]),
      },
    });
    row('POST', '/api/v1/curation/import/preview', only(200, 'curator', 'admin'), importFile);
    row('POST', '/api/v1/curation/import', only(200, 'curator', 'admin'), importFile);
    const iatiFile = () => ({
      body: {
        files: [
          {
            name: 'matrix.xml',
            content: `<iati-activities version="2.03"><iati-activity xml:lang="en"><iati-identifier>XI-MATRIX-${++n}</iati-identifier><title><narrative>Matrix activity</narrative></title><participating-org role="4" type="10"><narrative>Matrix Implementer</narrative></participating-org></iati-activity></iati-activities>`,
          },
        ],
      },
    });
    row('GET', '/api/v1/solutions/:idOrSlug/iati', all(200), () => ({
      path: `/api/v1/solutions/${solutionSlug}/iati`,
    }));
    row('POST', '/api/v1/curation/iati/preview', only(200, 'curator', 'admin'), iatiFile);
    row('POST', '/api/v1/curation/iati/import', only(200, 'curator', 'admin'), iatiFile);
    row('GET', '/api/v1/audit', only(200, 'curator', 'admin'), async () => ({
      path: `/api/v1/audit?entity=solution&id=${await published()}`,
    }));
    // Matchmaking: needs and offers of organization A, matches of A's needs with provider C, whose
    // editor is editorB alone (B's members change with the invitation rows above).
    const orgC = await org('org-c');
    await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor')`, [
      orgC.id,
      users.editorB.id,
    ]);
    const NEED = {
      title: 'Matrix need',
      problemStatement: 'p',
      desiredOutcome: 'o',
      sdgs: [6],
      countries: ['KE'],
      modalities: ['training'],
      languages: ['en'],
    };
    const need = async (): Promise<string> =>
      (
        await t.db.query(
          `INSERT INTO needs (organization_id, title, problem_statement, desired_outcome, sdgs, countries, modalities, languages)
           VALUES ($1, 'Matrix need', 'p', 'o', '{6}', '{KE}', '{training}', '{en}') RETURNING id`,
          [A()],
        )
      )[0].id;
    const offer = async (): Promise<string> =>
      (
        await t.db.query(
          `INSERT INTO offers (organization_id, title, description, modalities, sdgs, cost_model, languages)
           VALUES ($1, 'Matrix offer', 'd', '{training}', '{6}', 'free', '{en}') RETURNING id`,
          [A()],
        )
      )[0].id;
    const [matrixSolution] = await t.db.query(`SELECT id FROM solutions WHERE slug = 'matrix-solution'`);
    const match = async (stage: string): Promise<string> =>
      (
        await t.db.query(
          `INSERT INTO matches (need_id, provider_id, solution_id, stage, outcome) VALUES ($1, $2, $3, $4,
             CASE WHEN $4 = 'completed' THEN 'Done' END) RETURNING id`,
          [await need(), orgC.id, matrixSolution.id, stage],
        )
      )[0].id;
    const versionIn = async (table: string, id: string): Promise<number> =>
      (await t.db.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;
    const parties = { visitor: 401, editorA: 200, adminA: 200, editorB: 200, curator: 200, admin: 200 };
    row('POST', '/api/v1/needs', only(201, ...editors), () => ({ body: { organizationId: A(), ...NEED } }));
    row('GET', '/api/v1/needs', all(200));
    row('GET', '/api/v1/needs/:id', all(200), async () => ({ path: `/api/v1/needs/${await need()}` }));
    row('PATCH', '/api/v1/needs/:id', only(200, ...editors), async () => {
      const id = await need();
      return { path: `/api/v1/needs/${id}`, body: { version: await versionIn('needs', id), title: 'Edited' } };
    });
    row('GET', '/api/v1/needs/:id/suggestions', only(200, ...viewers), async () => ({
      path: `/api/v1/needs/${await need()}/suggestions`,
    }));
    row('POST', '/api/v1/offers', only(201, ...editors), () => ({
      body: {
        organizationId: A(),
        title: 'Matrix offer',
        description: 'd',
        modalities: ['training'],
        sdgs: [6],
        costModel: 'free',
        languages: ['en'],
      },
    }));
    row('GET', '/api/v1/offers', all(200));
    row('GET', '/api/v1/offers/:id', all(200), async () => ({ path: `/api/v1/offers/${await offer()}` }));
    row('PATCH', '/api/v1/offers/:id', only(200, ...editors), async () => {
      const id = await offer();
      return { path: `/api/v1/offers/${id}`, body: { version: await versionIn('offers', id), title: 'Edited' } };
    });
    row('POST', '/api/v1/matches', only(201, 'curator', 'admin'), async () => ({
      body: { needId: await need(), organizationId: orgC.id },
    }));
    row('GET', '/api/v1/matches', signedIn(200));
    row('GET', '/api/v1/matches/:id', parties, async () => ({ path: `/api/v1/matches/${await match('introduced')}` }));
    // Accepting an introduction is the provider's (B) or the broker's, not the recipient's (A).
    row('PATCH', '/api/v1/matches/:id', { ...parties, editorA: 403, adminA: 403 }, async () => {
      const id = await match('introduced');
      return { path: `/api/v1/matches/${id}`, body: { version: await versionIn('matches', id), stage: 'exploring' } };
    });
    row('POST', '/api/v1/matches/:id/messages', { ...signedIn(201) }, async () => ({
      path: `/api/v1/matches/${await match('exploring')}/messages`,
      body: { body: 'Hello' },
    }));
    row('POST', '/api/v1/matches/:id/replication', signedIn(201), async () => ({
      path: `/api/v1/matches/${await match('completed')}/replication`,
    }));
    row('GET', '/api/v1/matchmaking/dashboard', only(200, 'curator', 'admin'));
    row('GET', '/api/v1/reference/target-suggestions', all(200), () => ({
      path: '/api/v1/reference/target-suggestions?text=safe%20drinking%20water',
    }));

    row('POST', '/api/v1/verification-confirmations', all(204), async () => {
      const token = newToken();
      const id = await published();
      await t.db.query(
        `UPDATE solutions SET confirmation_token_hash = $2, confirmation_requested_at = now() WHERE id = $1`,
        [id, hashToken(token)],
      );
      return { body: { token } };
    });
  });
  afterAll(() => t.close());

  it('has a row for every route the application serves, and no row for a route it does not', () => {
    expect(rows.map((r) => `${r.method} ${r.path}`).sort()).toEqual(listRoutes(t.app));
  });

  it('answers each route for each role as the matrix says; every refusal leaves the database unchanged', async () => {
    const failures: string[] = [];
    for (const r of rows) {
      for (const role of ROLES) {
        const { path, body } = await r.request(role);
        const before = await snapshot();
        const res = await call(role, r.method, path, body);
        const expected = r.expect[role];
        if (res.status !== expected)
          failures.push(
            `${r.method} ${r.path} as ${role}: ${res.status} (expected ${expected}) ${res.body?.code ?? ''}`,
          );
        if (expected >= 400 && (await snapshot()) !== before)
          failures.push(`${r.method} ${r.path} as ${role}: refused but the database changed`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses cross-organization and mass-assignment attempts without changing anything', async () => {
    const before = await snapshot();
    const [orgB] = await t.db.query(`SELECT id FROM organizations WHERE slug = 'org-b'`);
    expect(
      (await call('editorA', 'PATCH', `/api/v1/organizations/${orgB.id}`, { description: 'Taken over' })).status,
    ).toBe(403);
    expect(
      (await call('adminA', 'PATCH', `/api/v1/organizations/${orgB.id}`, { description: 'Taken over' })).status,
    ).toBe(403);
    expect(
      (
        await call('adminA', 'POST', `/api/v1/organizations/${orgB.id}/invitations`, {
          email: 'spy@matrix.example',
          role: 'admin',
        })
      ).status,
    ).toBe(403);
    const mass = await call('adminA', 'PATCH', `/api/v1/organizations/${orgA.id}`, {
      verification: 'staff',
      organizationId: orgB.id,
    });
    expect(mass.status).toBe(400);
    expect(mass.body.errors.map((e: { field: string }) => e.field).join(',')).toMatch(/verification/);
    expect((await call('editorA', 'PATCH', '/api/v1/auth/me', { role: 'admin' })).status).toBe(400);
    expect(
      (
        await call('adminA', 'PATCH', `/api/v1/organizations/${orgA.id}/members/${users.editorA.id}`, {
          role: 'admin',
          organizationId: orgB.id,
        })
      ).status,
    ).toBe(400);
    expect(await snapshot()).toBe(before);
  });
});
