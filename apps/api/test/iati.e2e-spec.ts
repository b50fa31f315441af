import { SolutionInputSchema } from '@galaxy/contracts';
import type { Response } from 'supertest';
import { hashPassword } from '../src/modules/accounts/passwords';
import { CatalogWriter } from '../src/modules/solutions/catalog-writer';
import { readIatiFile } from '../src/modules/iati/iati-reader';
import { checkIatiFile } from '../src/modules/iati/iati-rules';
import { solutionInput } from './setup/factories';
import { newClient, type Client } from './setup/session';
import { bootTestApp, resetCatalog, type TestApp } from './setup/test-app';

const PASSWORD = 'iati-narrative-river-3';
const RUBRIC = {
  horizontal: 3,
  effective: 2,
  sustainable: 2,
  replicable: 3,
  innovative: 1,
  nationallyOwned: 2,
  mutualBenefit: 3,
};

/** The body as text, whatever its content type (supertest buffers only text/* and JSON by itself). */
const asText = (res: Response, callback: (error: Error | null, body: string) => void) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => callback(null, body));
};

describe('IATI activity files in and out (real PostgreSQL)', () => {
  let t: TestApp;
  let curator: Client;
  let editor: Client;
  let solutionId: string;
  let slug: string;

  const getXml = async (path: string) => {
    const res = await t.http.get(path).buffer(true).parse(asText).expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    return res.body as string;
  };
  /** Everything an import writes; a refused import must leave it as it was. */
  const fingerprint = async (): Promise<string> =>
    (
      await t.db.query(`SELECT md5(concat_ws('|',
        (SELECT string_agg(concat_ws(',', solution_id, number, state, version, content::text), ';' ORDER BY solution_id, number) FROM solution_revisions),
        (SELECT string_agg(concat_ws(',', iati_identifier, solution_id, file_name), ';' ORDER BY iati_identifier) FROM iati_activities),
        (SELECT count(*) FROM organizations), (SELECT count(*) FROM audit_log), (SELECT count(*) FROM solutions))) AS h`)
    )[0].h;

  beforeAll(async () => {
    t = await bootTestApp({ SEARCH_INDEX_PREFIX: 'iati_', PUBLIC_URL: 'https://galaxy.example.org' });
    await resetCatalog(t.db);
    await t.db.query(`TRUNCATE iati_activities, users, rate_limits CASCADE`);
    const hash = await hashPassword(PASSWORD);
    const user = async (email: string, role: string) =>
      (
        await t.db.query(
          `INSERT INTO users (email, password_hash, name, role, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
          [email, hash, email, role],
        )
      )[0].id as string;
    await user('curator@iati.example', 'curator');
    const editorId = await user('editor@iati.example', 'member');
    const writer = t.app.get(CatalogWriter);
    const written = await writer.writeSolutions(
      [
        solutionInput({
          externalId: 'iati-main',
          language: 'fr',
          title: 'Kiosques à eau solaires & pompes <rurales>',
          summary: 'Des kiosques de quartier vendent une eau sûre à un prix juste.',
          sdgs: [6, 7],
          sdgTargets: ['6.1', '7.2'],
          countries: [
            { country: 'SN', role: 'recipient' },
            { country: 'ML', role: 'recipient' },
            { country: 'NE', role: 'recipient' },
            { country: 'IN', role: 'provider' },
          ],
          themes: ['water_sanitation', 'energy'],
          organizations: [{ name: 'Régie des eaux du Sahel', type: 'government', role: 'implementing', country: 'SN' }],
          budgetRange: '1m_5m',
          links: [{ label: 'Rapport', url: 'https://example.org/rapport' }],
        }),
        // More than one page of the export (200), so the stream has to fetch page after page.
        ...Array.from({ length: 230 }, (_, i) =>
          solutionInput({ externalId: `iati-bulk-${i}`, sdgs: [4], sdgTargets: ['4.1'] }),
        ),
      ].map((input) => SolutionInputSchema.parse(input)),
      { publish: true },
    );
    solutionId = written.ids[0];
    slug = (await t.db.query(`SELECT slug FROM solutions WHERE id = $1`, [solutionId]))[0].slug;
    const [org] = await t.db.query(`SELECT id FROM organizations WHERE name = 'Régie des eaux du Sahel'`);
    await t.db.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'editor')`, [
      org.id,
      editorId,
    ]);
    curator = await (await newClient(t.app)).login('curator@iati.example', PASSWORD);
    editor = await (await newClient(t.app)).login('editor@iati.example', PASSWORD);
  });
  afterAll(() => t.close());

  it('exports the search results as IATI 2.03 activities that pass the standard’s rules, page after page', async () => {
    const all = await getXml('/api/v1/solutions/export?format=iati');
    expect(checkIatiFile(all)).toEqual([]);
    expect(readIatiFile(all, Infinity).activities).toHaveLength(231);

    const water = await getXml('/api/v1/solutions/export?format=iati&sdg=6&country=NE');
    expect(checkIatiFile(water)).toEqual([]);
    const [activity] = readIatiFile(water, Infinity).activities;
    expect(readIatiFile(water, Infinity).activities).toHaveLength(1);
    expect(water).toContain(`<iati-identifier>XM-DAC-GALAXY-${solutionId}</iati-identifier>`);
    expect(water).toContain(
      '<narrative xml:lang="fr">Kiosques à eau solaires &amp; pompes &lt;rurales&gt;</narrative>',
    );
    expect(activity.attrs['xml:lang']).toBe('fr');
    expect(water).toContain('<recipient-country code="SN" percentage="33.33">');
    expect(water).toContain('<participating-org role="4" type="10">');
    expect(water).toContain('<sector vocabulary="1" code="14030" percentage="50">');
    expect(water).toContain('<tag vocabulary="3" code="6.1">');
    expect(water).toContain(`<document-link url="https://galaxy.example.org/solutions/${slug}" format="text/html">`);
    expect(water).toMatch(
      /<budget type="1" status="1">[\s\S]*<value currency="USD" value-date="2020-01-01">1000000<\/value>/,
    );

    const none = await getXml('/api/v1/solutions/export?format=iati&sdg=17');
    expect(readIatiFile(none, Infinity).activities).toEqual([]);
    expect((await t.http.get('/api/v1/solutions/export?format=iati&sdg=99').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('gives each published solution its own IATI file, by id or slug; 404 for anything else', async () => {
    const bySlug = await getXml(`/api/v1/solutions/${slug}/iati`);
    expect(checkIatiFile(bySlug)).toEqual([]);
    const byId = await getXml(`/api/v1/solutions/${solutionId}/iati`);
    expect(byId.replace(/generated-datetime="[^"]*"/, '')).toBe(bySlug.replace(/generated-datetime="[^"]*"/, ''));
    const missing = await t.http.get('/api/v1/solutions/no-such-solution/iati').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('describes the format in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/openapi.json').expect(200)).body;
    const exportOp = doc.paths['/api/v1/solutions/export'].get;
    const format = exportOp.parameters.find((p: { name: string }) => p.name === 'format');
    expect(format.schema.enum).toEqual(['csv', 'json', 'iati']);
    expect(Object.keys(exportOp.responses['200'].content)).toContain('application/xml');
    expect(Object.keys(doc.paths['/api/v1/solutions/{idOrSlug}/iati'].get.responses['200'].content)).toEqual([
      'application/xml',
    ]);
    expect(doc.paths['/api/v1/curation/iati/import'].post).toBeDefined();
  });

  it('round trip: an exported activity imports as a draft with the same texts, countries and SDGs; again, it updates that draft', async () => {
    const xml = await getXml(`/api/v1/solutions/${slug}/iati`);
    const files = [{ name: 'kiosques.xml', content: xml }];
    const before = await fingerprint();
    const preview = (await curator.post('/api/v1/curation/iati/preview', { files }).expect(200)).body;
    expect(await fingerprint()).toBe(before);
    expect(preview).toMatchObject({ created: 1, updated: 0, invalid: 0 });
    const row = preview.files[0].activities[0];
    expect(row).toMatchObject({ row: 1, iatiIdentifier: `XM-DAC-GALAXY-${solutionId}`, action: 'create', errors: [] });
    expect(row.mapped.map((m: { field: string }) => m.field)).toEqual(
      expect.arrayContaining(['title', 'summary', 'countries', 'sdgs', 'sdgTargets', 'themes', 'budgetRange']),
    );
    expect(row.dropped).toContainEqual({ field: 'document-link.0', note: 'the Galaxy page of the exported solution' });

    await editor.post('/api/v1/curation/iati/import', { files }).expect(403);
    const result = (await curator.post('/api/v1/curation/iati/import', { files }).expect(200)).body;
    expect(result).toMatchObject({ created: 1, updated: 0, invalid: 0 });
    const draftId = result.files[0].activities[0].solutionId;
    expect(draftId).not.toBe(solutionId);

    const [revision] = await t.db.query(
      `SELECT r.state, r.number, r.content, o.name AS owner FROM solution_revisions r
       JOIN organizations o ON o.id = r.organization_id WHERE r.solution_id = $1`,
      [draftId],
    );
    expect(revision).toMatchObject({ state: 'draft', number: 1, owner: 'Régie des eaux du Sahel' });
    const [original] = await t.db.query(
      `SELECT title, summary, challenge, towards_solution FROM solutions WHERE id = $1`,
      [solutionId],
    );
    expect(revision.content).toMatchObject({
      language: 'fr',
      title: original.title,
      summary: original.summary,
      challenge: original.challenge,
      towardsSolution: original.towards_solution,
      sdgs: [6, 7],
      sdgTargets: ['6.1', '7.2'],
      countries: [
        { country: 'SN', role: 'recipient' },
        { country: 'ML', role: 'recipient' },
        { country: 'NE', role: 'recipient' },
        { country: 'IN', role: 'provider' },
      ],
      themes: ['water_sanitation', 'energy'],
      budgetRange: '1m_5m',
      links: [{ label: 'Rapport', url: 'https://example.org/rapport' }],
    });
    const audit = (await curator.get(`/api/v1/audit?entity=solution&id=${draftId}`).expect(200)).body.items;
    expect(audit[0]).toMatchObject({ action: 'import', to: 'draft' });

    // The same activity again, retitled: the same draft changes, nothing is duplicated.
    const retitled = xml.replace(/(<title>\s*<narrative xml:lang="fr">)[^<]*/, '$1Kiosques solaires');
    expect(retitled).not.toBe(xml);
    const again = (
      await curator
        .post('/api/v1/curation/iati/import', { files: [{ name: 'kiosques-v2.xml', content: retitled }] })
        .expect(200)
    ).body;
    expect(again).toMatchObject({ created: 0, updated: 1 });
    expect(again.files[0].activities[0].solutionId).toBe(draftId);
    const revisions = await t.db.query(
      `SELECT number, content ->> 'title' AS title FROM solution_revisions WHERE solution_id = $1`,
      [draftId],
    );
    expect(revisions).toEqual([{ number: 1, title: 'Kiosques solaires' }]);

    // The draft goes through normal curation: its organization's editor submits, a curator publishes.
    const ws = (await editor.get(`/api/v1/solutions/${draftId}/workspace`).expect(200)).body;
    const submitted = (await editor.post(`/api/v1/solutions/${draftId}/submit`, { version: ws.version }).expect(200))
      .body;
    await curator
      .post(`/api/v1/solutions/${draftId}/review`, { version: submitted.version, decision: 'approve', rubric: RUBRIC })
      .expect(200);
    expect((await t.http.get(`/api/v1/solutions/${draftId}`).expect(200)).body.title).toBe('Kiosques solaires');

    // Imported once more after publication: a new revision, the published text stays live.
    const third = (await curator.post('/api/v1/curation/iati/import', { files }).expect(200)).body;
    expect(third).toMatchObject({ created: 0, updated: 1 });
    const latest = await t.db.query(
      `SELECT number, state, content ->> 'title' AS title FROM solution_revisions WHERE solution_id = $1 ORDER BY number`,
      [draftId],
    );
    expect(latest).toEqual([
      { number: 1, state: 'published', title: 'Kiosques solaires' },
      { number: 2, state: 'draft', title: original.title },
    ]);
    expect((await t.http.get(`/api/v1/solutions/${draftId}`).expect(200)).body.title).toBe('Kiosques solaires');
  });

  describe('refuses bad files whole, changing nothing', () => {
    const activity = (id: string, extra = '') => `<iati-activity xml:lang="en">
        <iati-identifier>XI-TEST-${id}</iati-identifier>
        <reporting-org ref="XI-TEST" type="21"><narrative>Test Publisher</narrative></reporting-org>
        <title><narrative>Activity ${id}</narrative></title>
        <participating-org role="4" type="22"><narrative>Test Implementer</narrative></participating-org>
        <activity-status code="2"/>
        <activity-date type="2" iso-date="2022-02-01"/>
        <recipient-country code="KE"/>
        ${extra}
      </iati-activity>`;
    const doc = (...activities: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
      <iati-activities version="2.03">${activities.join('')}</iati-activities>`;
    const refused = async (content: string, status: number, code: string) => {
      const before = await fingerprint();
      for (const path of ['/api/v1/curation/iati/preview', '/api/v1/curation/iati/import']) {
        // A preview reports activity-level errors row by row (200); only a file it cannot read is refused.
        if (path.endsWith('preview') && (code === 'IATI_UNKNOWN_CODE' || code === 'VALIDATION_FAILED')) continue;
        const res = await curator.post(path, { files: [{ name: 'bad.xml', content }] }).expect(status);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe(code);
        expect(res.body.errors.length).toBeGreaterThan(0);
      }
      expect(await fingerprint()).toBe(before);
    };

    it('malformed XML and the wrong root element', async () => {
      await refused(doc(activity('1')).replace('</title>', ''), 400, 'XML_MALFORMED');
      await refused(
        '<iati-organisations version="2.03"><iati-organisation/></iati-organisations>',
        400,
        'IATI_WRONG_ROOT',
      );
      await refused('<iati-activities version="1.05"><iati-activity/></iati-activities>', 400, 'IATI_WRONG_ROOT');
    });

    it('entity expansion (billion laughs) and external entities (XXE)', async () => {
      const entities = Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
      ).join('');
      const laughs = `<?xml version="1.0"?><!DOCTYPE iati-activities [<!ENTITY lol "lol">${entities}]>${doc(activity('1', '<description><narrative>&lol9;</narrative></description>')).replace(/^<\?xml[^>]*>/, '')}`;
      await refused(laughs, 400, 'XML_DTD_FORBIDDEN');
      const xxe = `<?xml version="1.0"?><!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${doc(activity('1', '<description><narrative>&xxe;</narrative></description>')).replace(/^<\?xml[^>]*>/, '')}`;
      await refused(xxe, 400, 'XML_DTD_FORBIDDEN');
    });

    it('a file over the size limit', async () => {
      await refused(doc(activity('1', `<!-- ${'x'.repeat(950_000)} -->`)), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('unknown codes, row by row, even when the other activities are fine', async () => {
      const content = doc(
        activity('good'),
        activity('bad', '<sector vocabulary="1" code="1403"/><tag vocabulary="2" code="18"/>').replace(
          'code="2"/>',
          'code="9"/>',
        ),
      );
      const preview = (
        await curator.post('/api/v1/curation/iati/preview', { files: [{ name: 'mixed.xml', content }] }).expect(200)
      ).body;
      expect(preview).toMatchObject({ created: 1, invalid: 1 });
      expect(preview.files[0].activities[1].errors.map((e: { field: string }) => e.field)).toEqual([
        'activity-status.code',
        'sector.0.code',
        'tag.0.code',
      ]);
      await refused(content, 400, 'IATI_UNKNOWN_CODE');
      const res = await curator
        .post('/api/v1/curation/iati/import', { files: [{ name: 'mixed.xml', content }] })
        .expect(400);
      expect(res.body.errors[0]).toEqual({
        location: 'file',
        field: 'files.0.activities.2.activity-status.code',
        message: 'mixed.xml, activity 2 (XI-TEST-bad): Unknown code "9": not in the IATI ActivityStatus codelist',
      });
    });

    it('an activity without identifier or title, and the same activity twice', async () => {
      await refused(doc(activity('1').replace(/<iati-identifier>.*<\/iati-identifier>/, '')), 400, 'VALIDATION_FAILED');
      await refused(doc(activity('1').replace(/<title>.*<\/title>/, '')), 400, 'VALIDATION_FAILED');
      const before = await fingerprint();
      const res = await curator
        .post('/api/v1/curation/iati/import', {
          files: [
            { name: 'a.xml', content: doc(activity('1')) },
            { name: 'b.xml', content: doc(activity('1')) },
          ],
        })
        .expect(400);
      expect(res.body.errors[0].message).toBe('b.xml, activity 1 (XI-TEST-1): Same identifier as a.xml, activity 1');
      expect(await fingerprint()).toBe(before);
    });

    it('requests that do not follow the contract', async () => {
      const before = await fingerprint();
      await curator.post('/api/v1/curation/iati/import', { files: [] }).expect(400);
      await curator
        .post('/api/v1/curation/iati/import', { files: [{ name: 'a.xml', content: doc(activity('1')) }], extra: 1 })
        .expect(400);
      const noOrg = await curator
        .post('/api/v1/curation/iati/import', {
          files: [{ name: 'a.xml', content: doc(activity('1')) }],
          organizationId: '00000000-0000-4000-8000-000000000000',
        })
        .expect(400);
      expect(noOrg.body.errors[0].field).toBe('organizationId');
      expect(await fingerprint()).toBe(before);
    });
  });
});
