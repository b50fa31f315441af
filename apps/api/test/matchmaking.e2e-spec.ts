import {
  MatchSchema,
  NeedSchema,
  SolutionInputSchema,
  SuggestionListSchema,
  type Match,
  type NeedInput,
} from '@galaxy/contracts';
import { LABELLED_NEEDS } from '@galaxy/seed';
import { seedListings } from '../src/database/seed/matchmaking-seed';
import { hashPassword } from '../src/modules/accounts/passwords';
import { CatalogWriter } from '../src/modules/catalog/catalog-writer';
import { SearchSync, SearchIndexes } from '../src/modules/search';
import { solutionInput } from './setup/factories';
import { lastMailTo, newClient, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'matching-kiosk-river-7';

describe('matchmaking (real PostgreSQL, Meilisearch and SMTP mailbox)', () => {
  let t: TestApp;
  let recipient: Client;
  let provider: Client;
  let outsider: Client;
  let curator: Client;
  let visitor: Client;
  const org = {} as Record<'ministry' | 'utility' | 'faraway', string>;
  let solutionId: string;

  const needInput = (overrides: Partial<NeedInput> = {}): NeedInput => ({
    organizationId: org.ministry,
    title: 'Safe drinking water for rural districts',
    problemStatement: 'Rural households walk hours to fetch water of doubtful quality; kiosks break down.',
    desiredOutcome: 'Universal access to safe drinking water in three districts by 2028.',
    sdgs: [6],
    sdgTargets: ['6.1'],
    countries: ['KE'],
    modalities: ['training', 'peer_exchange'],
    languages: ['en'],
    coContribution: { cash: 'USD 50,000', staff: 'Two engineers' },
    endorsement: { focalPointName: 'Jane Wanjiru', endorsedOn: '2026-10-01' },
    ...overrides,
  });
  const sync = async () => {
    const indexer = t.app.get(SearchSync);
    while ((await indexer.drainOnce()) > 0);
  };
  const fingerprint = async (): Promise<string> =>
    (
      await t.db.query(`SELECT md5(concat_ws('|',
        (SELECT string_agg(concat_ws(',', id, stage, version, outcome, provider_commitment), ';' ORDER BY id) FROM matches),
        (SELECT string_agg(concat_ws(',', id, status, version, title), ';' ORDER BY id) FROM needs),
        (SELECT count(*) FROM match_messages), (SELECT count(*) FROM solution_revisions))) AS h`)
    )[0].h;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'matching_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits, needs, offers, matches CASCADE`);
    await t.app.get(SearchSync).ensureIndexes();
    const hash = await hashPassword(PASSWORD);
    const user = async (email: string, role = 'member') =>
      (
        await t.db.query(
          `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
          [email, hash, email.split('@')[0], role],
        )
      )[0].id as string;
    const organization = async (name: string, country: string, extra: string) =>
      (
        await t.db.query(
          `INSERT INTO organizations (slug, name, type, country, description, source, ${extra.split('=')[0]})
           VALUES ($1, $2, 'government', $3, 'x', 'test', ${extra.split('=')[1]}) RETURNING id`,
          [name.toLowerCase().replace(/ /g, '-'), name, country],
        )
      )[0].id as string;
    org.ministry = await organization('Ministry of Water Kenya', 'KE', `languages='{en}'`);
    org.utility = await organization('Tanzania Water Utility', 'TZ', `verification='staff'`);
    org.faraway = await organization('Brazil Water Agency', 'BR', `languages='{pt}'`);
    await t.db.query(
      `UPDATE organizations SET expertise_sdgs = '{6}', expertise_targets = '{6.1}', languages = '{en,sw}' WHERE id = $1`,
      [org.utility],
    );
    await t.db.query(`UPDATE organizations SET expertise_sdgs = '{6}' WHERE id = $1`, [org.faraway]);
    await t.db.query(`INSERT INTO search_outbox (entity, entity_id) SELECT 'organization', id FROM organizations`);
    const members = [
      [await user('amina@ministry.example'), org.ministry],
      [await user('juma@utility.example'), org.utility],
      [await user('joao@faraway.example'), org.faraway],
    ];
    for (const [u, o] of members)
      await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor')`, [o, u]);
    await user('broker@galaxy.example', 'curator');
    // The utility's track record: a published solution in Uganda (same region as Kenya).
    const { ids } = await t.app.get(CatalogWriter).writeSolutions(
      [
        SolutionInputSchema.parse(
          solutionInput({
            title: 'Solar water kiosks run by local operators',
            countries: [
              { country: 'UG', role: 'recipient' },
              { country: 'TZ', role: 'provider' },
            ],
            organizations: [
              { name: 'Tanzania Water Utility', type: 'government', country: 'TZ', role: 'implementing' },
            ],
          }),
        ),
      ],
      { publish: true },
    );
    solutionId = ids[0];
    recipient = await (await newClient(t.app)).login('amina@ministry.example', PASSWORD);
    provider = await (await newClient(t.app)).login('juma@utility.example', PASSWORD);
    outsider = await (await newClient(t.app)).login('joao@faraway.example', PASSWORD);
    curator = await (await newClient(t.app)).login('broker@galaxy.example', PASSWORD);
    visitor = await newClient(t.app);
    await provider
      .post('/api/v1/offers', {
        organizationId: org.utility,
        title: 'Training for water kiosk operators',
        description: 'Two-week training on running and maintaining solar water kiosks.',
        modalities: ['training'],
        sdgs: [6],
        sdgTargets: ['6.1'],
        eligibleRegions: ['002'],
        costModel: 'cost_shared',
        languages: ['en'],
        trackRecord: [solutionId],
      })
      .expect(201);
    await sync();
  });
  afterAll(() => t.close());

  it('publishes needs under their visibility, and never shows private fields to the wrong people', async () => {
    const pub = NeedSchema.parse((await recipient.post('/api/v1/needs', needInput()).expect(201)).body);
    const reg = NeedSchema.parse(
      (
        await recipient
          .post('/api/v1/needs', needInput({ title: 'Meters for water utilities', visibility: 'registered' }))
          .expect(201)
      ).body,
    );
    const staff = NeedSchema.parse(
      (
        await recipient
          .post('/api/v1/needs', needInput({ title: 'Leak detection for Nairobi', visibility: 'staff' }))
          .expect(201)
      ).body,
    );
    expect(pub).toMatchObject({
      status: 'open',
      endorsed: true,
      coContribution: { cash: 'USD 50,000' },
      regions: ['002', '014', '202'],
    });

    // Public fields for everyone; co-contribution and endorsement only for the organization and staff.
    const seen = (await visitor.get(`/api/v1/needs/${pub.id}`).expect(200)).body;
    expect(seen).toMatchObject({ title: pub.title, endorsed: true, coContribution: null, endorsement: null });
    expect((await outsider.get(`/api/v1/needs/${pub.id}`).expect(200)).body.coContribution).toBeNull();
    expect((await curator.get(`/api/v1/needs/${pub.id}`).expect(200)).body.coContribution).toEqual(pub.coContribution);
    // A registered-only need answers a visitor exactly as a missing one does.
    const hidden = await visitor.get(`/api/v1/needs/${reg.id}`).expect(404);
    const missing = await visitor.get('/api/v1/needs/00000000-0000-4000-8000-000000000000').expect(404);
    expect(hidden.body).toMatchObject({ code: 'NOT_FOUND', title: missing.body.title, detail: missing.body.detail });
    await outsider.get(`/api/v1/needs/${reg.id}`).expect(200);
    await outsider.get(`/api/v1/needs/${staff.id}`).expect(404);
    await recipient.get(`/api/v1/needs/${staff.id}`).expect(200);
    await curator.get(`/api/v1/needs/${staff.id}`).expect(200);

    await sync();
    const titles = async (client: Client) =>
      ((await client.get('/api/v1/needs?q=water').expect(200)).body.items as { title: string }[])
        .map((i) => i.title)
        .sort();
    expect(await titles(visitor)).toEqual(['Safe drinking water for rural districts']);
    expect(await titles(outsider)).toEqual(['Meters for water utilities', 'Safe drinking water for rural districts']);
    expect((await titles(curator)).length).toBe(3);
    expect((await titles(recipient)).length).toBe(3); // its own staff-only need too
    const search = (await curator.get('/api/v1/needs?sdg=6&region=002').expect(200)).body;
    expect(search).toMatchObject({ total: 3, degraded: false, facets: { sdg: { '6': 3 } } });
    expect(search.items[0].matches).toBe(0);
    // The broker's queue: only needs waiting at least so many days.
    expect((await curator.get('/api/v1/needs?minAgeDays=3').expect(200)).body.total).toBe(0);
    await t.db.query(`UPDATE needs SET created_at = now() - interval '5 days' WHERE id = $1`, [reg.id]);
    await t.db.query(`INSERT INTO search_outbox (entity, entity_id) VALUES ('need', $1)`, [reg.id]);
    await sync();
    expect(
      (await curator.get('/api/v1/needs?minAgeDays=3').expect(200)).body.items.map((i: { id: string }) => i.id),
    ).toEqual([reg.id]);
    // Counts within a chosen facet ignore that choice: the other SDGs say what choosing them gives.
    await recipient
      .post('/api/v1/needs', needInput({ title: 'Solar mini-grids', sdgs: [7], sdgTargets: ['7.1'] }))
      .expect(201);
    await sync();
    const bySdg = (await visitor.get('/api/v1/needs?sdg=6').expect(200)).body;
    expect(bySdg.total).toBe(1);
    expect(bySdg.facets.sdg).toEqual({ '6': 1, '7': 1 });
    // Several values of one facet match any of them (repeated or comma-separated), in search and in
    // the PostgreSQL fallback alike.
    const either = (await visitor.get('/api/v1/needs?sdg=6&sdg=7').expect(200)).body;
    expect(either.total).toBe(2);
    expect(either.facets.sdg).toEqual({ '6': 1, '7': 1 });
    expect((await visitor.get('/api/v1/needs?sdg=6,7&region=002,019').expect(200)).body.total).toBe(2);
    expect((await visitor.get('/api/v1/needs?sdg=7&region=019').expect(200)).body.total).toBe(0);
    const bad = (await visitor.get('/api/v1/needs?sdg=6&sdg=18').expect(400)).body;
    expect(bad.errors[0].field).toMatch(/^sdg/);
    expect((await visitor.get('/api/v1/needs').expect(200)).body.items[0].matches).toBeNull();
    // The index holds no private field at all.
    const doc = await t.app.get(SearchIndexes).adminIndex('listings').getDocument(pub.id);
    expect(JSON.stringify(doc)).not.toMatch(/50,000|Wanjiru|Two engineers/);

    const offers = (await visitor.get('/api/v1/offers?modality=training').expect(200)).body;
    expect(offers.items.map((o: { title: string }) => o.title)).toEqual(['Training for water kiosk operators']);
  });

  it('validates needs and refuses edits by others or from a stale version, changing nothing', async () => {
    const bad = await recipient
      .post(
        '/api/v1/needs',
        needInput({ sdgTargets: ['7.1'], countries: ['XX'], timeframeStart: '2027-05', timeframeEnd: '2027-01' }),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'countries.0',
      'sdgTargets.0',
      'timeframeEnd',
    ]);
    const need = NeedSchema.parse(
      (await recipient.post('/api/v1/needs', needInput({ title: 'Edits' })).expect(201)).body,
    );
    const before = await fingerprint();
    await outsider.patch(`/api/v1/needs/${need.id}`, { version: need.version, title: 'Mine now' }).expect(403);
    await provider.post('/api/v1/needs', needInput({ title: 'Not ours' })).expect(403);
    const stale = await recipient
      .patch(`/api/v1/needs/${need.id}`, { version: need.version + 1, title: 'Late' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const wrongTarget = await recipient
      .patch(`/api/v1/needs/${need.id}`, { version: need.version, sdgTargets: ['2.1'] })
      .expect(400);
    expect(wrongTarget.body.errors[0].field).toBe('sdgTargets');
    expect(await fingerprint()).toBe(before);
    const edited = await recipient
      .patch(`/api/v1/needs/${need.id}`, { version: need.version, title: 'Edited' })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'Edited', version: need.version + 1 });
  });

  it('suggests providers with readable reasons: near, experienced and relevant first', async () => {
    const need = NeedSchema.parse(
      (await recipient.post('/api/v1/needs', needInput({ title: 'Water kiosks for rural districts' }))).body,
    );
    await sync();
    const list = SuggestionListSchema.parse(
      (await recipient.get(`/api/v1/needs/${need.id}/suggestions`).expect(200)).body,
    );
    const orgs = list.filter((i) => i.kind === 'organization');
    expect(orgs.map((o) => o.organization.name)).toEqual(['Tanzania Water Utility', 'Brazil Water Agency']);
    expect(list.map((i) => i.organization.id)).not.toContain(org.ministry);
    const utility = orgs[0];
    expect(utility.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'shared_targets',
        'same_subregion',
        'shared_language',
        'modality_fit',
        'track_record',
        'verified',
      ]),
    );
    expect(utility.reasons.find((r) => r.code === 'track_record')).toMatchObject({ values: ['1'] });
    expect(utility.score).toBeGreaterThan(orgs[1].score);
    expect(list.map((i) => i.kind)).toEqual(expect.arrayContaining(['solution', 'offer']));
    expect(list.find((i) => i.kind === 'solution')?.title).toBe('Solar water kiosks run by local operators');

    await visitor.get(`/api/v1/needs/${need.id}/suggestions`).expect(401);
    await outsider.get(`/api/v1/needs/${need.id}/suggestions`).expect(403);
    await curator.get(`/api/v1/needs/${need.id}/suggestions`).expect(200);

    const targets = (
      await visitor.get('/api/v1/reference/target-suggestions?text=safe%20drinking%20water&lang=fr').expect(200)
    ).body;
    expect(targets.items[0]).toMatchObject({ id: '6.1', goal: 6 });
    expect(targets.items[0].title).toMatch(/eau potable/);
  });

  it('brokers a match from suggestion to completion, with the thread private to the parties', async () => {
    const need = NeedSchema.parse(
      (await recipient.post('/api/v1/needs', needInput({ title: 'Kiosk operators' }))).body,
    );
    const created = await curator.post('/api/v1/matches', { needId: need.id, solutionId }).expect(201);
    let match: Match = MatchSchema.parse(created.body);
    expect(match).toMatchObject({
      stage: 'suggested',
      provider: { name: 'Tanzania Water Utility' },
      recipient: { name: 'Ministry of Water Kenya' },
      solution: { id: solutionId },
      allowedStages: ['introduced', 'dropped'],
      yourParties: ['broker'],
    });
    expect(match.score).toBeGreaterThan(0);
    expect(match.reasons.length).toBeGreaterThan(2);
    expect(
      (await curator.post('/api/v1/matches', { needId: need.id, organizationId: org.utility }).expect(409)).body.code,
    ).toBe('CONFLICT');
    await provider.post('/api/v1/matches', { needId: need.id, organizationId: org.faraway }).expect(403);
    // Not introduced yet: the provider does not see it, the recipient does.
    await provider.get(`/api/v1/matches/${match.id}`).expect(404);
    expect((await recipient.get(`/api/v1/matches/${match.id}`).expect(200)).body.allowedStages).toEqual(['dropped']);

    const move = (client: Client, body: object) =>
      client.patch(`/api/v1/matches/${match.id}`, { version: match.version, ...body });
    const refused = await fingerprint();
    expect((await move(curator, { stage: 'agreed' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    await move(recipient, { stage: 'introduced' }).expect(403);
    await move(curator, { stage: 'dropped' }).expect(400); // a reason is required
    await curator.patch(`/api/v1/matches/${match.id}`, { version: match.version + 1, stage: 'introduced' }).expect(409);
    expect(await fingerprint()).toBe(refused);

    match = MatchSchema.parse(
      (await move(curator, { stage: 'introduced', note: 'You both run kiosks.' }).expect(200)).body,
    );
    const intro = await lastMailTo(
      t.app,
      'juma@utility.example',
      'Introduction: Ministry of Water Kenya and Tanzania Water Utility',
    );
    expect(intro.text).toContain('Works on the same SDG targets: 6.1');
    expect(intro.text).toContain('You both run kiosks.');
    await lastMailTo(
      t.app,
      'amina@ministry.example',
      'Introduction: Ministry of Water Kenya and Tanzania Water Utility',
    );

    // The provider accepts; the recipient could not have.
    await move(recipient, { stage: 'exploring' }).expect(403);
    match = MatchSchema.parse(
      (await move(provider, { stage: 'exploring', commitment: 'Two trainers for two weeks' }).expect(200)).body,
    );
    expect(match).toMatchObject({
      stage: 'exploring',
      commitments: { provider: 'Two trainers for two weeks', recipient: null },
    });

    // The thread: the two parties and the broker, nobody else.
    await provider.post(`/api/v1/matches/${match.id}/messages`, { body: 'When can we visit?' }).expect(201);
    const thread = (await recipient.get(`/api/v1/matches/${match.id}`).expect(200)).body.messages;
    expect(thread).toEqual([expect.objectContaining({ party: 'provider', body: 'When can we visit?' })]);
    await lastMailTo(t.app, 'amina@ministry.example', 'New message: Kiosk operators');
    await outsider.get(`/api/v1/matches/${match.id}`).expect(404);
    await outsider.post(`/api/v1/matches/${match.id}/messages`, { body: 'Hello?' }).expect(404);
    await visitor.get(`/api/v1/matches/${match.id}`).expect(401);
    expect(
      (await provider.get('/api/v1/matches?mine=true').expect(200)).body.items.map((m: { id: string }) => m.id),
    ).toContain(match.id);
    expect((await outsider.get('/api/v1/matches').expect(200)).body.items).toEqual([]);

    match = MatchSchema.parse(
      (await move(recipient, { stage: 'agreed', milestones: [{ title: 'First kiosk', due: '2027-03-01' }] })).body,
    );
    match = MatchSchema.parse((await move(provider, { stage: 'implementing' }).expect(200)).body);
    await move(recipient, { stage: 'completed' }).expect(400); // the outcome is required
    match = MatchSchema.parse(
      (await move(recipient, { stage: 'completed', outcome: 'Twelve kiosks run by trained operators.' }).expect(200))
        .body,
    );
    expect(match).toMatchObject({
      stage: 'completed',
      allowedStages: [],
      milestones: [{ title: 'First kiosk', done: false }],
    });
    expect(match.history.map((h) => h.to)).toEqual([
      'suggested',
      'introduced',
      'exploring',
      'agreed',
      'implementing',
      'completed',
    ]);
    await move(curator, { stage: 'dropped', note: 'Too late' }).expect(409);

    // A completed match starts the replication draft; the original counts it.
    const { solutionId: draftId } = (await recipient.post(`/api/v1/matches/${match.id}/replication`).expect(201)).body;
    await recipient.post(`/api/v1/matches/${match.id}/replication`).expect(409);
    const draft = (await recipient.get(`/api/v1/solutions/${draftId}/workspace`).expect(200)).body;
    expect(draft).toMatchObject({ status: 'draft', organization: { id: org.ministry } });
    expect(draft.revision.content.title).toBe('Solar water kiosks run by local operators — replicated in Kenya');
    expect(draft.revision.content.countries).toEqual(
      expect.arrayContaining([
        { country: 'TZ', role: 'provider' },
        { country: 'KE', role: 'recipient' },
      ]),
    );
    expect((await visitor.get(`/api/v1/solutions/${solutionId}`).expect(200)).body.replications).toBe(1);
  });

  it('withdrawing a need drops its live matches; the dashboard counts what happened', async () => {
    const need = NeedSchema.parse((await recipient.post('/api/v1/needs', needInput({ title: 'Withdrawn soon' }))).body);
    const match = MatchSchema.parse(
      (await curator.post('/api/v1/matches', { needId: need.id, organizationId: org.faraway })).body,
    );
    await curator.patch(`/api/v1/matches/${match.id}`, { version: match.version, stage: 'introduced' }).expect(200);
    await outsider
      .patch(`/api/v1/matches/${match.id}`, {
        version: match.version + 1,
        stage: 'dropped',
        note: 'No capacity this year',
      })
      .expect(200);
    const again = MatchSchema.parse(
      (await curator.post('/api/v1/matches', { needId: need.id, organizationId: org.faraway }).expect(201)).body,
    );
    await recipient.patch(`/api/v1/needs/${need.id}`, { version: need.version, status: 'withdrawn' }).expect(200);
    expect((await curator.get(`/api/v1/matches/${again.id}`).expect(200)).body).toMatchObject({
      stage: 'dropped',
      dropReason: 'The need was withdrawn',
    });
    await visitor.get(`/api/v1/needs/${need.id}`).expect(404);
    await sync();
    expect((await curator.get('/api/v1/needs?q=Withdrawn').expect(200)).body.total).toBe(0);

    const dashboard = (await curator.get('/api/v1/matchmaking/dashboard').expect(200)).body;
    // Two introductions answered (one accepted, one declined); one completed, two dropped.
    expect(dashboard.overall).toMatchObject({ acceptanceRate: 0.5, completionRate: 0.333 });
    expect(dashboard.overall.medianDaysToFirstIntroduction).toBe(0);
    expect(dashboard.byRegion).toContainEqual(expect.objectContaining({ region: '002', matches: 3 }));
    expect(dashboard.bySdg).toContainEqual(expect.objectContaining({ sdg: 6 }));
    await recipient.get('/api/v1/matchmaking/dashboard').expect(403);
  });

  it('writes each person’s mails in their own language, with stages and reasons in words', async () => {
    await provider.patch('/api/v1/auth/me', { locale: 'fr' }).expect(200);
    await curator.patch('/api/v1/auth/me', { locale: 'ru' }).expect(200);
    try {
      const need = NeedSchema.parse(
        (await recipient.post('/api/v1/needs', needInput({ title: 'Kiosk maintenance' })).expect(201)).body,
      );
      let match = MatchSchema.parse(
        (await curator.post('/api/v1/matches', { needId: need.id, organizationId: org.utility }).expect(201)).body,
      );
      match = MatchSchema.parse(
        (
          await curator
            .patch(`/api/v1/matches/${match.id}`, { version: match.version, stage: 'introduced', note: 'À vous !' })
            .expect(200)
        ).body,
      );
      const intro = await lastMailTo(
        t.app,
        'juma@utility.example',
        'Mise en relation : Ministry of Water Kenya et Tanzania Water Utility',
      );
      expect(intro.language).toBe('fr');
      expect(intro.text).toContain(
        'Galaxy met en relation Ministry of Water Kenya, qui cherche un appui pour « Kiosk maintenance », avec Tanzania Water Utility.',
      );
      expect(intro.text).toContain('- Travaille sur les mêmes cibles des ODD : 6.1');
      expect(intro.text).toContain('- Travaille dans la même sous-région : Afrique orientale');
      expect(intro.text).toContain('- Partage une langue de travail : anglais');
      expect(intro.text).toContain('L’intermédiaire ajoute :\n\nÀ vous !');
      const broker = await lastMailTo(
        t.app,
        'broker@galaxy.example',
        'Знакомство: Ministry of Water Kenya и Tanzania Water Utility',
      );
      expect(broker.text).toContain('- Работает в том же субрегионе: Восточная Африка');

      await provider.patch(`/api/v1/matches/${match.id}`, { version: match.version, stage: 'exploring' }).expect(200);
      const accepted = await lastMailTo(t.app, 'juma@utility.example', 'Kiosk maintenance : En exploration');
      expect(accepted.text).toContain(
        'Tanzania Water Utility a accepté la mise en relation avec Ministry of Water Kenya ; vous explorez maintenant le partenariat.',
      );
      await lastMailTo(t.app, 'amina@ministry.example', 'Kiosk maintenance: Exploring');
      await lastMailTo(t.app, 'broker@galaxy.example', 'Kiosk maintenance: Обсуждение');
    } finally {
      await provider.patch('/api/v1/auth/me', { locale: 'en' }).expect(200);
      await curator.patch('/api/v1/auth/me', { locale: 'en' }).expect(200);
    }
  });

  it('seeds demo needs for countries that have an organization, and offers from expertise, all searchable', async () => {
    const { needs } = await seedListings(t.db);
    const countries = ['KE', 'TZ', 'BR'];
    expect(needs).toBe(LABELLED_NEEDS.filter((l) => countries.includes(l.need.countries[0])).length);
    expect(needs).toBeGreaterThan(0);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM needs WHERE problem_statement LIKE '%(Demo data.)'`,
    );
    expect(n).toBe(needs);
    await sync();
    const listed = (await visitor.get('/api/v1/needs?pageSize=100').expect(200)).body.items.map(
      (i: { title: string }) => i.title,
    );
    for (const l of LABELLED_NEEDS.filter((x) => countries.includes(x.need.countries[0])))
      expect(listed).toContain(l.need.title);
  });
});
