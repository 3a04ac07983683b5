import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { createOrg, personRecord } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const HEADER = 'Work Email,First Name,Last Name,Department,Job Level,Manager Email,Region,Job Title,Status';
const GOOD_ROWS = [
  'boss@acme.example,Bea,Boss,Sales,Executive,,,"VP Sales, Europe",Active',
  'mid@acme.example,Max,Middle,Sales,Manager,boss@acme.example,EMEA North,Regional Sales Manager,Active',
  'rep@acme.example,Rae,Rep,Sales,Individual Contributor,mid@acme.example,EMEA North,Account Executive,Active',
  'pmm@acme.example,Pia,Marketer,Marketing,Manager,,EMEA North,Product Marketing Manager,Active',
];
const csv = (rows: string[], header = HEADER) => [header, ...rows].join('\n');

describe.each(drivers)('people import on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let member: Client;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { people: [personRecord({ email: 'existing@acme.example', name: 'Eve Existing', function: 'marketing', level: 'senior' })] });
    analyst = await signedIn(app, org.users.analyst.email);
    member = await signedIn(app, org.users.member.email);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  const upload = (body: string | Buffer, dryRun = false, client = analyst) =>
    client.request('POST', `/api/import/people?dryRun=${dryRun}&fileName=people.csv`, body, { 'content-type': 'text/csv' });
  const total = async () => (await analyst.request('GET', '/api/org/summary')).json().total as number;
  const expectRefused = async (body: string | Buffer, row: number | undefined, pattern: RegExp) => {
    const before = await total();
    const response = await upload(body);
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/Nothing was imported|not valid CSV|empty/);
    if (error.details) {
      const issue = error.details.errors.find((e: { message: string }) => pattern.test(e.message));
      expect(issue, JSON.stringify(error.details.errors)).toBeDefined();
      expect(issue.row).toBe(row);
      expect(error.details.written).toBe(false);
    } else {
      expect(error.message).toMatch(pattern);
    }
    expect(await total()).toBe(before);
  };

  it('previews a good HRIS export on a dry run without writing anything', async () => {
    const response = await upload(csv(GOOD_ROWS), true);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ totalRows: 4, creates: 4, updates: 0, errorCount: 0, written: false });
    expect(report.mapping).toMatchObject({ 'Work Email': 'email', Department: 'function', 'Job Level': 'level' });
    expect(report.preview[0]).toMatchObject({ row: 2, name: 'Bea Boss', function: 'sales', level: 'senior', title: 'VP Sales, Europe', action: 'create' });
    expect(await total()).toBe(1);
  });

  it('imports a file with a byte-order mark, Windows line endings and quoted commas, then updates by e-mail on re-import', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(GOOD_ROWS).replaceAll('\n', '\r\n'))]);
    const first = await upload(body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ creates: 4, updates: 0, written: true });
    const boss = (await analyst.request('GET', '/api/people?q=boss@acme')).json().items[0];
    expect(boss.title).toBe('VP Sales, Europe');

    const changed = GOOD_ROWS.map((r) => r.replace('Account Executive', 'Senior Account Executive'));
    const second = await upload(csv(changed));
    expect(second.json()).toMatchObject({ creates: 0, updates: 4, written: true });
    const rep = (await analyst.request('GET', '/api/people?q=rep@acme')).json().items[0];
    expect(rep.title).toBe('Senior Account Executive');
    expect(await total()).toBe(5);
    const detail = (await analyst.request('GET', `/api/people/${rep.id}`)).json();
    expect(detail.line.map((p: { name: string }) => p.name)).toEqual(['Max Middle', 'Bea Boss']);
  });

  it('refuses a file missing required columns, naming the accepted headers', async () => {
    await expectRefused(csv(['a@x.example,A'], 'Email,Name'), undefined, /function|level/i);
  });

  it('refuses an empty file', async () => {
    await expectRefused('', undefined, /empty/);
    await expectRefused(HEADER, undefined, /no people|empty/i);
  });

  it('refuses unknown functions and levels, naming the row', async () => {
    await expectRefused(csv([...GOOD_ROWS, 'x@acme.example,X,Y,Finance-ish,Manager,,,,Active']), 6, /function|Finance-ish/i);
    await expectRefused(csv([...GOOD_ROWS, 'x@acme.example,X,Y,Sales,Chief Wizard,,,,Active']), 6, /level|Chief Wizard/i);
  });

  it('refuses duplicate e-mails, naming both rows', async () => {
    await expectRefused(csv([...GOOD_ROWS, 'REP@acme.example,Dup,Licate,Sales,IC,mid@acme.example,,,Active']), 6, /rep@acme\.example.*row 4|row 4/i);
  });

  it('refuses a manager who does not exist', async () => {
    await expectRefused(csv(['lost@acme.example,Lo,St,Sales,IC,ghost@acme.example,,,Active']), 2, /ghost@acme\.example/);
  });

  it('refuses a person who manages themself', async () => {
    await expectRefused(csv(['self@acme.example,Sel,F,Sales,IC,self@acme.example,,,Active']), 2, /themsel|own manager|manages/i);
  });

  it('refuses a reporting cycle within the file', async () => {
    await expectRefused(
      csv(['a@acme.example,A,A,Sales,Manager,b@acme.example,,,Active', 'b@acme.example,B,B,Sales,Manager,a@acme.example,,,Active']),
      2,
      /cycle/i,
    );
  });

  it('refuses a cycle closed through people already in Tandem', async () => {
    // boss@ already reports to nobody and mid@ reports to boss@: making boss@ report to rep@ closes a loop.
    const looped = GOOD_ROWS.map((r) => (r.startsWith('boss@') ? r.replace('Executive,,', 'Executive,rep@acme.example,') : r));
    await upload(csv(GOOD_ROWS));
    const response = await upload(csv([looped[0] as string]));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.errors[0].message).toMatch(/cycle.*boss@acme\.example/i);
  });

  it('refuses malformed CSV (an unclosed quote)', async () => {
    await expectRefused(csv(['q@acme.example,"Unclosed,Q,Sales,IC,,,,Active']), undefined, /CSV|quote/i);
  });

  it('refuses a 50 MB upload with 413 before reading it', async () => {
    const row = 'big@acme.example,Big,File,Sales,IC,,EMEA North,Account Executive,Active\n';
    const body = Buffer.from(HEADER + '\n' + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length)));
    const before = await total();
    const response = await upload(body);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(response.json().error.message).toMatch(/32 MB/);
    expect(await total()).toBe(before);
  });

  it('refuses JSON where a CSV is expected, and members who try to import', async () => {
    const json = await analyst.request('POST', '/api/import/people', { people: [] });
    expect(json.statusCode).toBe(415);
    const byMember = await upload(csv(GOOD_ROWS), true, member);
    expect(byMember.statusCode).toBe(403);
  });
});
