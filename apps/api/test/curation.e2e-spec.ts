import { SolutionWorkspaceSchema, type SolutionWorkspace } from '@galaxy/contracts';
import { SearchSync } from '../src/modules/search';
import { hashPassword } from '../src/modules/accounts/passwords';
import { VerificationReminders } from '../src/modules/curation/verification-reminders';
import { solutionInput } from './setup/factories';
import { lastMailTo, newClient, tokenOf, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'curation-kiosk-river-7';
const RUBRIC = {
  horizontal: 3,
  effective: 2,
  sustainable: 2,
  replicable: 3,
  innovative: 1,
  nationallyOwned: 2,
  mutualBenefit: 3,
};

/** A complete draft: what the partner form sends once every step is filled. */
function completeDraft(title: string) {
  const { externalId: _e, source: _s, organizations: _o, ...fields } = solutionInput({ title });
  return fields;
}

describe('curation workflow (real PostgreSQL, Meilisearch and SMTP mailbox)', () => {
  let t: TestApp;
  let editor: Client;
  let otherEditor: Client;
  let curator: Client;
  let orgA: string;

  const ws = (res: { body: unknown }): SolutionWorkspace => SolutionWorkspaceSchema.parse(res.body);

  /** Everything a refused request must leave as it was. */
  const fingerprint = async (): Promise<string> =>
    (
      await t.db.query(`SELECT md5(concat_ws('|',
        (SELECT string_agg(concat_ws(',', id, state, version, content::text, decision_note, rubric::text), ';' ORDER BY id) FROM solution_revisions),
        (SELECT string_agg(concat_ws(',', id, curation_status, version, title, last_verified_at), ';' ORDER BY id) FROM solutions),
        (SELECT count(*) FROM audit_log), (SELECT count(*) FROM search_outbox))) AS h`)
    )[0].h;

  const publicSearch = async (q: string) =>
    (await t.http.get(`/api/v1/solutions?q=${encodeURIComponent(q)}`).expect(200)).body.items.map(
      (i: { title: string }) => i.title,
    );
  const sync = async () => {
    const indexer = t.app.get(SearchSync);
    while ((await indexer.drainOnce()) > 0);
  };

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'curation_' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE users, rate_limits CASCADE`);
    await t.app.get(SearchSync).ensureIndexes();
    const hash = await hashPassword(PASSWORD);
    const user = async (email: string, role: string) =>
      (
        await t.db.query(
          `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
          [email, hash, email, role],
        )
      )[0].id as string;
    const org = async (name: string) =>
      (
        await t.db.query(
          `INSERT INTO organizations (slug, name, type, country, description, source) VALUES ($1, $2, 'government', 'BR', 'x', 'test') RETURNING id`,
          [name.toLowerCase().replace(/ /g, '-'), name],
        )
      )[0].id as string;
    orgA = await org('Agencia Alfa');
    const orgB = await org('Agencia Beta');
    const [ea, eb] = [await user('editor@a.example', 'member'), await user('editor@b.example', 'member')];
    await user('curator@galaxy.example', 'curator');
    await t.db.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor'), ($3, $4, 'admin')`,
      [orgA, ea, orgB, eb],
    );
    editor = await (await newClient(t.app)).login('editor@a.example', PASSWORD);
    otherEditor = await (await newClient(t.app)).login('editor@b.example', PASSWORD);
    curator = await (await newClient(t.app)).login('curator@galaxy.example', PASSWORD);
  });
  afterAll(() => t.close());

  it('saves a partial draft as you go, keeps it out of public view, and refuses bad or stale edits without losing anything', async () => {
    const created = ws(
      await editor
        .post('/api/v1/solutions', { organizationId: orgA, language: 'en', title: 'Solar pumps' })
        .expect(201),
    );
    expect(created).toMatchObject({ status: 'draft', allowedActions: ['edit', 'submit'], published: null });
    // The writing organization is pre-filled as implementing.
    expect(created.revision?.content).toMatchObject({
      title: 'Solar pumps',
      organizations: [{ name: 'Agencia Alfa', role: 'implementing', type: 'government', country: 'BR' }],
    });
    const id = created.solutionId;

    const saved = ws(
      await editor
        .patch(`/api/v1/solutions/${id}`, {
          version: created.version,
          summary: 'Pumps that run on sunlight.',
          sdgs: [6, 7],
        })
        .expect(200),
    );
    expect(saved.version).toBe(created.version + 1);
    const cleared = ws(
      await editor.patch(`/api/v1/solutions/${id}`, { version: saved.version, summary: null }).expect(200),
    );
    expect(cleared.revision?.content).not.toHaveProperty('summary');
    expect(cleared.revision?.content).toMatchObject({ title: 'Solar pumps', sdgs: [6, 7] });

    // Coming back later finds the same draft.
    expect(ws(await editor.get(`/api/v1/solutions/${id}/workspace`).expect(200))).toEqual(cleared);

    const before = await fingerprint();
    const bad = await editor
      .patch(`/api/v1/solutions/${id}`, {
        version: cleared.version,
        title: 'Solar pumps v2',
        contacts: [{ name: 'Ana', email: 'not-an-email' }],
        sdgs: [18],
      })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contacts.0.email', 'sdgs.0']);

    const stale = await editor
      .patch(`/api/v1/solutions/${id}`, { version: created.version, title: 'Mine' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(SolutionWorkspaceSchema.parse(stale.body.current)).toEqual(cleared);
    expect(await fingerprint()).toBe(before);

    // Drafts never reach the public API or search.
    await sync();
    await t.http.get(`/api/v1/solutions/${id}`).expect(404);
    expect(await publicSearch('Solar pumps')).toEqual([]);
    // Nor other organizations.
    expect((await otherEditor.get(`/api/v1/solutions/${id}/workspace`).expect(403)).body.code).toBe('FORBIDDEN');
    await otherEditor.patch(`/api/v1/solutions/${id}`, { version: cleared.version, title: 'Taken' }).expect(403);
    await otherEditor.post('/api/v1/solutions', { organizationId: orgA, title: 'Intruder' }).expect(403);
    expect(await fingerprint()).toBe(before);
  });

  it('walks draft → submitted → changes requested → resubmitted → published, and search follows', async () => {
    let w = ws(await editor.post('/api/v1/solutions', { organizationId: orgA, title: 'Mobile clinics' }).expect(201));
    const id = w.solutionId;

    // Incomplete: every missing field is named, nothing changes.
    const before = await fingerprint();
    const incomplete = await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }).expect(400);
    expect(incomplete.body.errors).toEqual(
      expect.arrayContaining([
        { location: 'draft', field: 'summary', message: 'Required before submitting' },
        { location: 'draft', field: 'countries', message: 'Required before submitting' },
      ]),
    );
    expect(await fingerprint()).toBe(before);

    w = ws(await editor.patch(`/api/v1/solutions/${id}`, { version: w.version, ...completeDraft('Mobile clinics') }));
    w = ws(await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }).expect(200));
    expect(w).toMatchObject({ status: 'submitted', allowedActions: [] });
    await lastMailTo(t.app, 'curator@galaxy.example', 'To review: Mobile clinics');

    // Waiting for review: the partner can neither edit nor submit again; nobody but curators decides.
    const waiting = await fingerprint();
    expect(
      (await editor.patch(`/api/v1/solutions/${id}`, { version: w.version, title: 'Later' }).expect(409)).body.code,
    ).toBe('INVALID_TRANSITION');
    expect((await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }).expect(409)).body.code).toBe(
      'INVALID_TRANSITION',
    );
    await editor
      .post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC })
      .expect(403);
    // A decision needs its note (changes, rejection) or rubric (approval).
    const noNote = await curator
      .post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'request_changes' })
      .expect(400);
    expect(noNote.body.errors[0]).toMatchObject({ field: 'note' });
    const noRubric = await curator
      .post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'approve' })
      .expect(400);
    expect(noRubric.body.errors[0]).toMatchObject({ field: 'rubric' });
    expect(await fingerprint()).toBe(waiting);

    // The curator's queue, with its filters.
    const queue = (q = '') => curator.get(`/api/v1/curation/queue${q}`).expect(200);
    expect((await queue()).body.items.map((i: { title: string }) => i.title)).toContain('Mobile clinics');
    expect((await queue('?sdg=6')).body.items[0]).toMatchObject({
      solutionId: id,
      organization: { id: orgA, name: 'Agencia Alfa' },
      regions: expect.arrayContaining(['002', '142']),
      revisesPublished: false,
      ageDays: 0,
    });
    expect((await queue('?sdg=13')).body.total).toBe(0);
    expect((await queue('?region=002')).body.total).toBe(1); // Kenya is in Africa
    expect((await queue('?region=019')).body.total).toBe(0); // the Americas
    expect((await queue(`?organization=${orgA}`)).body.total).toBe(1);
    expect((await queue('?minAgeDays=3')).body.total).toBe(0);
    expect((await curator.get('/api/v1/curation/queue?region=Africa').expect(400)).body.errors[0].field).toBe('region');

    w = ws(
      await curator
        .post(`/api/v1/solutions/${id}/review`, {
          version: w.version,
          decision: 'request_changes',
          note: 'Please add the number of clinics.',
        })
        .expect(200),
    );
    expect(w.status).toBe('changes_requested');
    const mail = await lastMailTo(t.app, 'editor@a.example', 'Changes requested: Mobile clinics');
    expect(mail.text).toContain('Please add the number of clinics.');
    expect(mail.link).toContain(`/manage/solutions/${id}`);

    const seen = ws(await editor.get(`/api/v1/solutions/${id}/workspace`).expect(200));
    expect(seen).toMatchObject({
      status: 'changes_requested',
      allowedActions: ['edit', 'submit'],
      revision: { decisionNote: 'Please add the number of clinics.', state: 'changes_requested' },
    });
    w = ws(
      await editor.patch(`/api/v1/solutions/${id}`, {
        version: seen.version,
        resultsImpact: '12 mobile clinics reach 40,000 people a year.',
      }),
    );
    w = ws(await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }).expect(200));

    w = ws(
      await curator
        .post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC })
        .expect(200),
    );
    expect(w).toMatchObject({ status: 'published', published: { rubric: RUBRIC, verificationDue: false } });
    await lastMailTo(t.app, 'editor@a.example', 'Published: Mobile clinics');

    // Public now: the API at once, search once the indexer has run.
    const detail = (await t.http.get(`/api/v1/solutions/${id}`).expect(200)).body;
    expect(detail).toMatchObject({
      title: 'Mobile clinics',
      resultsImpact: '12 mobile clinics reach 40,000 people a year.',
    });
    expect(detail.organizations.map((o: { name: string }) => o.name)).toContain('Agencia Alfa');
    await sync();
    expect(await publicSearch('Mobile clinics')).toEqual(['Mobile clinics']);

    // The whole story is in the audit log, newest first.
    const audit = (await curator.get(`/api/v1/audit?entity=solution&id=${id}`).expect(200)).body.items;
    expect(audit.map((a: { action: string }) => a.action).reverse()).toEqual([
      'create',
      'edit',
      'submit',
      'request_changes',
      'edit',
      'submit',
      'approve',
    ]);
    expect(audit[0]).toMatchObject({ from: 'submitted', to: 'published', actor: { name: 'curator@galaxy.example' } });
    expect(audit[3]).toMatchObject({ action: 'request_changes', note: 'Please add the number of clinics.' });
    await editor.get(`/api/v1/audit?entity=solution&id=${id}`).expect(403);
  });

  it('revises a published solution while it stays live, then replaces it; keeps every revision', async () => {
    let w = ws(await editor.post('/api/v1/solutions', { organizationId: orgA, ...completeDraft('Seed banks') }));
    const id = w.solutionId;
    w = ws(await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }));
    w = ws(
      await curator.post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC }),
    );

    // The first edit opens revision 2, starting from the published text.
    w = ws(
      await editor.patch(`/api/v1/solutions/${id}`, { version: w.version, title: 'Community seed banks' }).expect(200),
    );
    expect(w).toMatchObject({ status: 'published', revision: { number: 2, state: 'draft' } });
    expect(w.revision?.content).toMatchObject({ title: 'Community seed banks', summary: w.published?.content.summary });
    w = ws(await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }).expect(200));
    expect((await curator.get('/api/v1/curation/queue').expect(200)).body.items).toContainEqual(
      expect.objectContaining({ solutionId: id, revisionNumber: 2, revisesPublished: true }),
    );
    // Still the published text for everyone else.
    expect((await t.http.get(`/api/v1/solutions/${id}`).expect(200)).body.title).toBe('Seed banks');

    w = ws(
      await curator.post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC }),
    );
    const detail = (await t.http.get(`/api/v1/solutions/${id}`).expect(200)).body;
    expect(detail.title).toBe('Community seed banks');
    await sync();
    expect(await publicSearch('Community seed banks')).toEqual(['Community seed banks']);

    const revisions = (await editor.get(`/api/v1/solutions/${id}/revisions`).expect(200)).body.items;
    expect(revisions.map((r: { number: number; state: string }) => [r.number, r.state])).toEqual([
      [2, 'published'],
      [1, 'published'],
    ]);
    expect(revisions[1].content.title).toBe('Seed banks');
    await otherEditor.get(`/api/v1/solutions/${id}/revisions`).expect(403);

    // A rejected revision leaves the published version alone, and can be redone.
    w = ws(await editor.patch(`/api/v1/solutions/${id}`, { version: w.version, title: 'Seed banks!!!' }));
    w = ws(await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }));
    w = ws(
      await curator.post(`/api/v1/solutions/${id}/review`, {
        version: w.version,
        decision: 'reject',
        note: 'The title should not shout.',
      }),
    );
    expect(w).toMatchObject({
      status: 'published',
      revision: { state: 'rejected' },
      allowedActions: ['unpublish', 'verify'], // the curator's view
    });
    expect((await t.http.get(`/api/v1/solutions/${id}`).expect(200)).body.title).toBe('Community seed banks');
  });

  it('unpublishes: out of the public API and search; refuses what the state machine does not allow', async () => {
    let w = ws(await editor.post('/api/v1/solutions', { organizationId: orgA, ...completeDraft('Cash transfers') }));
    const id = w.solutionId;
    w = ws(await editor.post(`/api/v1/solutions/${id}/submit`, { version: w.version }));
    w = ws(
      await curator.post(`/api/v1/solutions/${id}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC }),
    );
    await sync();
    expect(await publicSearch('Cash transfers')).toEqual(['Cash transfers']);

    const refused = await fingerprint();
    // Nothing is waiting for review, so no decision can be made; editors cannot unpublish.
    for (const decision of ['approve', 'request_changes', 'reject'])
      expect(
        (
          await curator
            .post(`/api/v1/solutions/${id}/review`, { version: w.version, decision, note: 'n', rubric: RUBRIC })
            .expect(409)
        ).body.code,
      ).toBe('INVALID_TRANSITION');
    await editor.post(`/api/v1/solutions/${id}/unpublish`, { version: w.version, note: 'Mine' }).expect(403);
    await curator.post(`/api/v1/solutions/${id}/unpublish`, { version: w.version - 1, note: 'Old' }).expect(409);
    expect(await fingerprint()).toBe(refused);

    w = ws(
      await curator
        .post(`/api/v1/solutions/${id}/unpublish`, { version: w.version, note: 'The programme ended badly.' })
        .expect(200),
    );
    expect(w).toMatchObject({ status: 'archived', allowedActions: [] });
    // The partner may revise an archived solution and submit it again.
    expect(ws(await editor.get(`/api/v1/solutions/${id}/workspace`)).allowedActions).toEqual(['edit']);
    await t.http.get(`/api/v1/solutions/${id}`).expect(404);
    await sync();
    expect(await publicSearch('Cash transfers')).toEqual([]);
    await lastMailTo(t.app, 'editor@a.example', 'Unpublished: Cash transfers');
    const again = await curator
      .post(`/api/v1/solutions/${id}/unpublish`, { version: w.version, note: 'Again' })
      .expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    await curator.post(`/api/v1/solutions/${id}/verify`).expect(409);

    // A rejected first submission is final.
    let r = ws(await editor.post('/api/v1/solutions', { organizationId: orgA, ...completeDraft('Spam') }));
    r = ws(await editor.post(`/api/v1/solutions/${r.solutionId}/submit`, { version: r.version }));
    r = ws(
      await curator.post(`/api/v1/solutions/${r.solutionId}/review`, {
        version: r.version,
        decision: 'reject',
        note: 'Not a South-South solution.',
      }),
    );
    expect(r).toMatchObject({ status: 'rejected', allowedActions: [] });
    await editor.patch(`/api/v1/solutions/${r.solutionId}`, { version: r.version, title: 'Spam 2' }).expect(409);
    await editor.post(`/api/v1/solutions/${r.solutionId}/submit`, { version: r.version }).expect(409);
    await t.http.get(`/api/v1/solutions/${r.solutionId}`).expect(404);

    const list = (await editor.get(`/api/v1/organizations/${orgA}/solutions`).expect(200)).body.items;
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Cash transfers', status: 'archived', slug: null }),
        expect.objectContaining({ title: 'Spam', status: 'rejected' }),
        expect.objectContaining({ title: 'Solar pumps', status: 'draft' }),
      ]),
    );
  });

  it('flags solutions not verified for 18 months, asks their contact, and the contact’s link verifies', async () => {
    const [s] = await t.db.query(`SELECT id FROM solutions WHERE title = 'Community seed banks'`);
    await t.db.query(
      `UPDATE solutions SET last_verified_at = now() - interval '19 months', contacts = '[{"name":"Lea","email":"lea@seeds.example"}]' WHERE id = $1`,
      [s.id],
    );
    const due = (await curator.get('/api/v1/curation/verification-due').expect(200)).body;
    expect(due.items.map((i: { solutionId: string }) => i.solutionId)).toEqual([s.id]);
    expect(ws(await curator.get(`/api/v1/solutions/${s.id}/workspace`)).published?.verificationDue).toBe(true);

    const reminders = t.app.get(VerificationReminders);
    expect(await reminders.sendDue()).toBe(1);
    expect(await reminders.sendDue()).toBe(0); // not asked twice in a row
    const mail = await lastMailTo(t.app, 'lea@seeds.example', 'Is "Community seed banks" still accurate?');
    const token = tokenOf(mail.link);
    const anon = await newClient(t.app);
    await anon.post('/api/v1/verification-confirmations', { token }).expect(204);
    expect((await anon.post('/api/v1/verification-confirmations', { token }).expect(400)).body.code).toBe(
      'TOKEN_INVALID',
    );
    expect((await curator.get('/api/v1/curation/verification-due').expect(200)).body.total).toBe(0);
    const audit = (await curator.get(`/api/v1/audit?entity=solution&id=${s.id}`).expect(200)).body.items;
    expect(audit.slice(0, 2).map((a: { action: string; actor: unknown }) => [a.action, a.actor])).toEqual([
      ['verify', null],
      ['verification_requested', null],
    ]);

    // Curators can mark it verified too.
    await t.db.query(`UPDATE solutions SET last_verified_at = now() - interval '2 years' WHERE id = $1`, [s.id]);
    const verified = ws(await curator.post(`/api/v1/solutions/${s.id}/verify`).expect(200));
    expect(verified.published?.verificationDue).toBe(false);
  });

  it('writes each mail in its reader’s language; a contact without an account reads the solution’s', async () => {
    await editor.patch('/api/v1/auth/me', { locale: 'fr' }).expect(200);
    await curator.patch('/api/v1/auth/me', { locale: 'zh' }).expect(200);
    try {
      const title = 'Bancos comunitarios de semillas';
      let w = ws(await editor.post('/api/v1/solutions', { organizationId: orgA, title }).expect(201));
      w = ws(await editor.patch(`/api/v1/solutions/${w.solutionId}`, { version: w.version, ...completeDraft(title) }));
      w = ws(await editor.patch(`/api/v1/solutions/${w.solutionId}`, { version: w.version, language: 'es' }));
      w = ws(await editor.post(`/api/v1/solutions/${w.solutionId}/submit`, { version: w.version }).expect(200));
      const toReview = await lastMailTo(t.app, 'curator@galaxy.example', `待审核：${title}`);
      expect(toReview.text).toContain(`Agencia Alfa 提交了一个新的解决方案：“${title}”。`);

      w = ws(
        await curator
          .post(`/api/v1/solutions/${w.solutionId}/review`, {
            version: w.version,
            decision: 'request_changes',
            note: 'Indiquez le nombre de banques.',
          })
          .expect(200),
      );
      const changes = await lastMailTo(t.app, 'editor@a.example', `Modifications demandées : ${title}`);
      expect(changes.language).toBe('fr');
      expect(changes.text).toContain(`La solution « ${title} » doit être modifiée avant de pouvoir être publiée.`);
      expect(changes.text).toContain('Le curateur a écrit :\n\nIndiquez le nombre de banques.');
      w = ws(await editor.post(`/api/v1/solutions/${w.solutionId}/submit`, { version: w.version }).expect(200));
      w = ws(
        await curator
          .post(`/api/v1/solutions/${w.solutionId}/review`, { version: w.version, decision: 'approve', rubric: RUBRIC })
          .expect(200),
      );
      await lastMailTo(t.app, 'editor@a.example', `Publiée : ${title}`);

      // Due for verification: the contact without an account reads Spanish, the solution's language;
      // the one with an account reads French. Both links confirm the same request.
      await t.db.query(
        `UPDATE solutions SET last_verified_at = now() - interval '19 months',
           contacts = '[{"name":"Rosa","email":"rosa@semillas.example"},{"name":"Editor","email":"editor@a.example"}]'
         WHERE id = $1`,
        [w.solutionId],
      );
      await t.app.get(VerificationReminders).sendDue();
      const spanish = await lastMailTo(t.app, 'rosa@semillas.example', `¿Sigue siendo exacta «${title}»?`);
      expect(spanish.language).toBe('es');
      expect(spanish.text).toContain('no se ha verificado desde hace 18 meses');
      expect(spanish.text).toContain('(el enlace es válido durante 60 días)');
      const french = await lastMailTo(t.app, 'editor@a.example', `« ${title} » est-elle toujours exacte ?`);
      expect(french.link).toBe(spanish.link);
    } finally {
      await editor.patch('/api/v1/auth/me', { locale: 'en' }).expect(200);
      await curator.patch('/api/v1/auth/me', { locale: 'en' }).expect(200);
    }
  });

  it('imports from the curators’ screen: preview row by row, then import the valid rows only', async () => {
    const good = solutionInput({ title: 'Imported irrigation' });
    const bad = { ...solutionInput(), sdgs: [99], sdgTargets: [] };
    const content = JSON.stringify([good, bad]);
    const before = await fingerprint();
    const preview = (await curator.post('/api/v1/curation/import/preview', { format: 'json', content }).expect(200))
      .body;
    expect(preview.valid).toEqual([{ row: 1, externalId: good.externalId, title: 'Imported irrigation' }]);
    expect(preview.invalid).toEqual([
      { row: 2, externalId: bad.externalId, errors: [{ field: 'sdgs.0', message: expect.any(String) }] },
    ]);
    expect(await fingerprint()).toBe(before);
    const broken = await curator.post('/api/v1/curation/import/preview', { format: 'json', content: '[{' }).expect(400);
    expect(broken.body.errors[0]).toMatchObject({ field: 'content' });
    await editor.post('/api/v1/curation/import', { format: 'json', content }).expect(403);

    const result = (await curator.post('/api/v1/curation/import', { format: 'json', content }).expect(200)).body;
    expect(result).toEqual({ created: 1, updated: 0, skipped: 1 });
    await sync();
    expect(await publicSearch('Imported irrigation')).toEqual(['Imported irrigation']);
  });
});
