import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const SALES = 'Rep: Nobody asks us before the launch. Our world is different and marketing does not respond.';
const MARKETING = 'Marketer: They never answer my emails, so I go to the customers directly.';

describe.each(drivers)('research queries and validity records on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let base: string;
  let codeOf: (construct: string) => string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db);
    analyst = await signedIn(app, org.users.analyst.email);
    base = `/api/research/projects/${(await analyst.request('POST', '/api/research/projects', { name: 'Queries', start: 'builtin' })).json().id}`;
    const codes = (await analyst.request('GET', base)).json().codes as Array<{ id: string; builtinId: string }>;
    codeOf = (construct) => codes.find((c) => c.builtinId === construct)?.id as string;
    for (const [key, name, fn, text] of [['sales', 'Rep 1', 'sales', SALES], ['marketing', 'Marketer 1', 'marketing', MARKETING]] as const) {
      ids[`${key}Informant`] = (await analyst.request('POST', `${base}/informants`, { name, function: fn, level: 'frontline', dyadKey: 'D1' })).json().id;
      ids[key] = (await analyst.request('POST', `${base}/transcripts?fileName=${key}.txt&informantId=${ids[`${key}Informant`]}`, Buffer.from(text), { 'content-type': 'application/octet-stream' })).json().id;
    }
    const code = async (transcript: string, text: string, passage: string, construct: string) => {
      const start = text.indexOf(passage);
      const response = await analyst.request('POST', `${base}/codings`, { transcriptId: ids[transcript], codeId: codeOf(construct), start, end: start + passage.length });
      expect(response.statusCode, response.body).toBe(201);
    };
    await code('sales', SALES, 'Nobody asks us before the launch.', 'buyin.involvement');
    await code('sales', SALES, 'Our world is different and marketing does not respond.', 'buyin.sensitivity');
    await code('sales', SALES, 'marketing does not respond', 'dysfunction.communication_paucity');
    await code('marketing', MARKETING, 'so I go to the customers directly', 'response.usurping');
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('crosses codes with informant function, each cell carrying its passages', async () => {
    const matrix = (await analyst.request('GET', `${base}/queries/matrix?attribute=function`)).json();
    expect(matrix.columns).toEqual(['marketing', 'sales']);
    const cell = (construct: string, value: string) => matrix.cells.find((c: { codeId: string; value: string }) => c.codeId === codeOf(construct) && c.value === value);
    expect(cell('response.usurping', 'marketing')).toMatchObject({ count: 1, segments: [{ text: 'so I go to the customers directly', transcriptId: ids.marketing }] });
    expect(cell('response.usurping', 'sales').count).toBe(0);
    expect(cell('buyin.sensitivity', 'sales').count).toBe(1);
  });

  it('finds codes applied to overlapping passages', async () => {
    const { pairs } = (await analyst.request('GET', `${base}/queries/cooccurrence`)).json();
    expect(pairs).toEqual([expect.objectContaining({ count: 1 })]);
    expect([pairs[0].codeA, pairs[0].codeB].sort()).toEqual([codeOf('buyin.sensitivity'), codeOf('dysfunction.communication_paucity')].sort());
  });

  it('searches the text and counts words', async () => {
    const result = (await analyst.request('GET', `${base}/queries/search?q=customers`)).json();
    expect(result.hits).toEqual([expect.objectContaining({ transcriptId: ids.marketing, match: 'customers' })]);
    expect(result.words.map((w: { word: string }) => w.word)).toContain('marketing');
  });

  it('exports the codings as CSV and as an Excel workbook with the same rows', async () => {
    const csv = await analyst.request('GET', `${base}/codings.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(csv.body).toContain('so I go to the customers directly');
    const xlsx = await analyst.request('GET', `${base}/codings.xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const files = unzipSync(new Uint8Array(xlsx.rawPayload));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet.match(/<row /g)).toHaveLength(5);
    expect(sheet).toContain('so I go to the customers directly');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml']));
  });

  it('sends a member check to informants and records their answers; flags a deviant case', async () => {
    const check = await analyst.request('POST', `${base}/validity`, { kind: 'member_check', text: 'Sales feels ignored when marketing does not answer.', subjectIds: [ids.salesInformant] });
    expect(check.statusCode).toBe(201);
    const answered = await analyst.request('POST', `${base}/validity/${check.json().id}/responses`, { informantId: ids.salesInformant, agrees: 'partly', response: 'Mostly, but not in EMEA.' });
    expect(answered.json().responses).toEqual([expect.objectContaining({ agrees: 'partly', response: 'Mostly, but not in EMEA.' })]);
    const notAsked = await analyst.request('POST', `${base}/validity/${check.json().id}/responses`, { informantId: ids.marketingInformant, agrees: 'yes' });
    expect(notAsked.statusCode).toBe(422);
    const deviant = await analyst.request('POST', `${base}/validity`, { kind: 'deviant_case', text: 'Marketing here bypasses sales though contact is frequent.', subjectIds: [ids.marketing] });
    expect(deviant.statusCode).toBe(201);
    const wrongSubject = await analyst.request('POST', `${base}/validity`, { kind: 'deviant_case', text: 'x', subjectIds: [ids.salesInformant] });
    expect(wrongSubject.statusCode).toBe(422);
    const { items } = (await analyst.request('GET', `${base}/validity`)).json();
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(['member_check', 'deviant_case']);
  });
});

describe('interview guide and transcript history', () => {
  it('keeps the guide in order and every saved version of a transcript', async () => {
    const test = await openTestDb('pglite');
    const app = await startTestApp(test.db);
    try {
      const org = await createOrg(test.db);
      const analyst = await signedIn(app, org.users.analyst.email);
      const base = `/api/research/projects/${(await analyst.request('POST', '/api/research/projects', { name: 'Guide', start: 'empty' })).json().id}`;
      expect((await analyst.request('GET', `${base}/guide`)).json()).toEqual({ questions: [], updatedAt: null });
      const saved = await analyst.request('PUT', `${base}/guide`, { questions: ['Why does buy-in matter?', 'What is your counterpart’s role?'] });
      expect(saved.json().questions).toEqual(['Why does buy-in matter?', 'What is your counterpart’s role?']);
      expect((await analyst.request('PUT', `${base}/guide`, { questions: [''] })).statusCode).toBe(422);

      const transcriptId = (await analyst.request('POST', `${base}/transcripts?fileName=a.txt`, Buffer.from('Rep: first words.'), { 'content-type': 'application/octet-stream' })).json().id;
      await analyst.request('PUT', `${base}/transcripts/${transcriptId}`, { text: 'Rep: second words.', baseVersion: 1 });
      const versions = (await analyst.request('GET', `${base}/transcripts/${transcriptId}/versions`)).json().items;
      expect(versions.map((v: { version: number; editedBy: string }) => [v.version, v.editedBy])).toEqual([[1, expect.any(String)], [2, expect.any(String)]]);
      expect((await analyst.request('GET', `${base}/transcripts/${transcriptId}/versions/1`)).json().text).toBe('Rep: first words.');
      expect((await analyst.request('GET', `${base}/transcripts/${transcriptId}/versions/9`)).statusCode).toBe(404);
    } finally {
      await app.close();
      await test.close();
    }
  });
});
