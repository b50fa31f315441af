import { SolutionInputSchema } from '@galaxy/contracts';
import { parse as parseCsv } from 'csv-parse/sync';
import request from 'supertest';
import { csrfTokenFor } from '../src/common/auth';
import { SessionsService } from '../src/modules/accounts/sessions.service';
import { CatalogWriter } from '../src/modules/solutions/catalog-writer';
import { solutionInput } from './setup/factories';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const RUBRIC = {
  horizontal: 3,
  effective: 2,
  sustainable: 2,
  replicable: 3,
  innovative: 1,
  nationallyOwned: 2,
  mutualBenefit: 3,
};

/** The smaller holes of issue 13 (item 9): each test fails without its fix. */
describe('smaller holes: verification, attached organizations, private need fields, CSV, OpenAPI', () => {
  let t: TestApp;
  let n = 0;

  /** A user (verified unless told) and a signed-in caller for them, with the session's CSRF token. */
  const person = async (email: string, options: { verified?: boolean; role?: string } = {}) => {
    const [user] = await t.db.query(
      `INSERT INTO users (email, password_hash, name, role, email_verified_at)
       VALUES ($1, 'x', $4, $2, CASE WHEN $3 THEN now() END) RETURNING id`,
      [email, options.role ?? 'member', options.verified ?? true, email.split('@')[0]],
    );
    const token = await t.app.get(SessionsService).create(user.id, {});
    const csrf = csrfTokenFor(token);
    const call = (method: 'get' | 'post' | 'patch', path: string, body?: object) => {
      const http = request(t.app.getHttpServer());
      const req = http[method](path)
        .set('Cookie', `galaxy_session=${token}; galaxy_csrf=${csrf}`)
        .set('X-CSRF-Token', csrf);
      return body ? req.send(body) : req;
    };
    return { id: user.id as string, call };
  };
  const visitor = (path: string) => request(t.app.getHttpServer()).get(path);
  const organization = async (name: string, members: { id: string; role: string }[] = []) => {
    const [org] = await t.db.query(
      `INSERT INTO organizations (slug, name, type, description, source) VALUES ($1, $2, 'ngo', 'x', 'test') RETURNING id, slug`,
      [`holes-${++n}`, name],
    );
    for (const m of members)
      await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`, [
        org.id,
        m.id,
        m.role,
      ]);
    return org as { id: string; slug: string };
  };

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'holes_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits, needs, offers, matches CASCADE`);
  });
  afterAll(() => t.close());

  describe('email-domain verification', () => {
    const register = async (email: string, website: string) => {
      const { call } = await person(email);
      const org = (
        await call('post', '/api/v1/organizations', {
          name: `Registered ${++n}`,
          type: 'ngo',
          description: 'Partner.',
          website,
        }).expect(201)
      ).body;
      return { call, org };
    };

    it('is never earned with a free mail address, even when the website is the provider’s', async () => {
      for (const domain of ['gmail.com', 'outlook.com', 'yahoo.com']) {
        const { org } = await register(`someone${++n}@${domain}`, `https://${domain}`);
        expect(org.verification).toBe('unverified');
      }
    });

    it('is dropped when the organization changes its name or its website, kept otherwise', async () => {
      const first = await register('desk@kisumu-water.example', 'https://kisumu-water.example');
      expect(first.org.verification).toBe('email_domain');
      const described = await first
        .call('patch', `/api/v1/organizations/${first.org.id}`, { description: 'Water points.' })
        .expect(200);
      expect(described.body.verification).toBe('email_domain');
      const renamed = await first.call('patch', `/api/v1/organizations/${first.org.id}`, { name: 'UNDP' }).expect(200);
      expect(renamed.body.verification).toBe('unverified');

      const second = await register('desk@nakuru-water.example', 'https://nakuru-water.example');
      expect(second.org.verification).toBe('email_domain');
      const moved = await second
        .call('patch', `/api/v1/organizations/${second.org.id}`, { website: 'https://www.undp.org' })
        .expect(200);
      expect(moved.body.verification).toBe('unverified');
    });
  });

  it('does not attach an approved solution to another organization it names', async () => {
    const editor = await person('editor@partner.example');
    const curator = await person('curator@galaxy.example', { role: 'curator' });
    const partner = await organization('Kisumu Solar Cooperative', [{ id: editor.id, role: 'editor' }]);
    const undp = await organization('United Nations Development Programme');
    const { externalId: _e, source: _s, organizations: _o, ...fields } = solutionInput({ title: 'Solar kiosks' });
    let w = (
      await editor.call('post', '/api/v1/solutions', { organizationId: partner.id, title: 'Solar kiosks' }).expect(201)
    ).body;
    w = (
      await editor
        .call('patch', `/api/v1/solutions/${w.solutionId}`, {
          version: w.version,
          ...fields,
          organizations: [
            { name: 'United Nations Development Programme', type: 'un_entity', role: 'supporting' },
            { name: 'Kisumu Solar Cooperative', type: 'ngo', role: 'implementing' },
          ],
        })
        .expect(200)
    ).body;
    w = (await editor.call('post', `/api/v1/solutions/${w.solutionId}/submit`, { version: w.version }).expect(200))
      .body;
    await curator
      .call('post', `/api/v1/solutions/${w.solutionId}/review`, {
        version: w.version,
        decision: 'approve',
        rubric: RUBRIC,
      })
      .expect(200);

    // The solution names both; only the partner's own profile lists it.
    const solution = (await visitor(`/api/v1/solutions/${w.solutionId}`).expect(200)).body;
    expect(solution.organizations.map((o: { name: string }) => o.name).sort()).toEqual([
      'Kisumu Solar Cooperative',
      'United Nations Development Programme',
    ]);
    const ids = async (slug: string) =>
      (await visitor(`/api/v1/organizations/${slug}`).expect(200)).body.solutions.map((s: { id: string }) => s.id);
    expect(await ids(partner.slug)).toEqual([w.solutionId]);
    expect(await ids(undp.slug)).toEqual([]);
    // Nor does it count in UNDP's track record for an offer.
    const undpEditor = await person('editor@undp.example');
    await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor')`, [
      undp.id,
      undpEditor.id,
    ]);
    const offer = await undpEditor
      .call('post', '/api/v1/offers', {
        organizationId: undp.id,
        title: 'Solar training',
        description: 'Training.',
        modalities: ['training'],
        sdgs: [6],
        costModel: 'free',
        languages: ['en'],
        trackRecord: [w.solutionId],
      })
      .expect(400);
    expect(offer.body.errors[0].field).toMatch(/^trackRecord/);
  });

  describe('needs: who reads what', () => {
    let recipient: Awaited<ReturnType<typeof person>>;
    let provider: Awaited<ReturnType<typeof person>>;
    let needId: string;
    let registeredId: string;

    beforeAll(async () => {
      recipient = await person('recipient@ministry.example');
      provider = await person('provider@agency.example');
      const a = await organization('Ministry of Water', [{ id: recipient.id, role: 'editor' }]);
      const c = await organization('Cooperation Agency', [{ id: provider.id, role: 'editor' }]);
      const need = {
        organizationId: a.id,
        title: 'Meters for water utilities',
        problemStatement: 'Water is lost.',
        desiredOutcome: 'Less water lost.',
        sdgs: [6],
        countries: ['KE'],
        modalities: ['training'],
        languages: ['en'],
        coContribution: { cash: 'USD 50,000' },
      };
      needId = (await recipient.call('post', '/api/v1/needs', need).expect(201)).body.id;
      registeredId = (
        await recipient
          .call('post', '/api/v1/needs', { ...need, title: 'Registered only', visibility: 'registered' })
          .expect(201)
      ).body.id;
      await t.db.query(`INSERT INTO matches (need_id, provider_id, stage) VALUES ($1, $2, 'introduced')`, [
        needId,
        c.id,
      ]);
    });

    it('a provider that declined an introduction no longer sees the co-contribution', async () => {
      const seen = async () => (await provider.call('get', `/api/v1/needs/${needId}`).expect(200)).body;
      expect((await seen()).coContribution).toEqual({ cash: 'USD 50,000' });
      await t.db.query(
        `UPDATE matches SET stage = 'dropped', drop_reason = 'Declined by the provider' WHERE need_id = $1`,
        [needId],
      );
      expect(await seen()).toMatchObject({ coContribution: null, endorsement: null });
    });

    it('registered-only needs are for confirmed addresses; visitors get the 404 of a missing need', async () => {
      const unconfirmed = await person('new@example.org', { verified: false });
      const confirmed = await person('known@example.org');
      await confirmed.call('get', `/api/v1/needs/${registeredId}`).expect(200);
      expect((await unconfirmed.call('get', `/api/v1/needs/${registeredId}`).expect(404)).body.code).toBe('NOT_FOUND');
      const hidden = await visitor(`/api/v1/needs/${registeredId}`).expect(404);
      const missing = await visitor('/api/v1/needs/00000000-0000-4000-8000-000000000000').expect(404);
      expect(hidden.body).toEqual({
        ...missing.body,
        instance: hidden.body.instance,
        requestId: hidden.body.requestId,
      });
    });
  });

  it('neutralizes formulas in the CSV export (OWASP: a leading apostrophe)', async () => {
    await t.app.get(CatalogWriter).writeSolutions(
      [
        SolutionInputSchema.parse(
          solutionInput({
            language: 'ru',
            title: '=HYPERLINK("https://evil.example","Click")',
            summary: '@SUM(1+1)*cmd|" /C calc"!A0',
            subtitle: '+1 fast',
            organizations: [{ name: '-2+3 Partners', type: 'ngo', role: 'implementing' }],
          }),
        ),
      ],
      { publish: true },
    );
    const csv = await visitor('/api/v1/solutions/export?format=csv&language=ru').expect(200);
    const [row] = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    expect(row.title).toBe(`'=HYPERLINK("https://evil.example","Click")`);
    expect(row.summary).toBe(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(row.organizations).toBe(`'-2+3 Partners`);
    expect(row.startYear).toBe('2020');
  });

  it('gives every request body in OpenAPI its own schema (no two DTOs share a name)', async () => {
    const doc = (await visitor('/api/openapi.json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
      >;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const bodyOf = (path: string, method: string) => {
      const ref = doc.paths[path][method].requestBody?.content['application/json'].schema.$ref ?? '';
      return doc.components.schemas[ref.replace('#/components/schemas/', '')];
    };
    expect(Object.keys(bodyOf('/api/v1/organizations/{id}', 'patch').properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'website', 'contactEmail']),
    );
    expect(bodyOf('/api/v1/organizations/{id}', 'patch').properties).not.toHaveProperty('towardsSolution');
    expect(bodyOf('/api/v1/solutions/{id}', 'patch').properties).toHaveProperty('towardsSolution');
    // Swagger names a schema after its DTO class: two classes with one name share one schema.
    const container = (
      t.app as unknown as {
        container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: Function }> }> };
      }
    ).container;
    const byName = new Map<string, Set<Function>>();
    for (const module of container.getModules().values())
      for (const { metatype } of module.controllers.values())
        for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
          const types: unknown[] = Reflect.getMetadata('design:paramtypes', metatype.prototype, name) ?? [];
          for (const type of types)
            if (typeof type === 'function' && (type as { isZodDto?: boolean }).isZodDto)
              byName.set(type.name, (byName.get(type.name) ?? new Set()).add(type));
        }
    expect(byName.size).toBeGreaterThan(10);
    expect([...byName].filter(([, classes]) => classes.size > 1).map(([name]) => name)).toEqual([]);
  });
});
