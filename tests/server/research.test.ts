import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const TRANSCRIPT = [
  'Interviewer: Why does buy-in matter for a new campaign?',
  "Rep: Marketing never explains the rationale. Don't sell us your strategies, tell us why they are appropriate.",
  'Interviewer: And when you give feedback?',
  'Rep: Nobody communicates back. Our world is different and they do not respond to our ideas.',
].join('\n');

describe.each(drivers)('research workbench on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let admin: Client;
  let member: Client;
  let auditorEmail: string;
  let projectId: string;
  let transcriptId: string;
  const base = () => `/api/research/projects/${projectId}`;
  const codeNamed = async (name: string) => (await analyst.request('GET', base())).json().codes.find((c: { name: string }) => c.name === name);
  const spanOf = (text: string) => ({ start: TRANSCRIPT.indexOf(text), end: TRANSCRIPT.indexOf(text) + text.length });

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db);
    analyst = await signedIn(app, org.users.analyst.email);
    admin = await signedIn(app, org.users.admin.email);
    member = await signedIn(app, org.users.member.email);
    auditorEmail = org.users.auditor.email;
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('creates a project from the built-in codebook, with every construct id', async () => {
    const created = await analyst.request('POST', '/api/research/projects', { name: 'Buy-in study', start: 'builtin' });
    expect(created.statusCode).toBe(201);
    projectId = created.json().id;
    const detail = (await analyst.request('GET', base())).json();
    const constructs = detail.codes.map((c: { builtinId: string }) => c.builtinId);
    expect(constructs).toEqual(expect.arrayContaining(['buyin.objectivity', 'linkage.language', 'dysfunction.overt_conflict', 'response.usurping']));
    expect(detail.coders).toEqual([expect.objectContaining({ isMe: true })]);
  });

  it('imports a transcript keeping speaker turns, and refuses unsupported files', async () => {
    const upload = await analyst.request('POST', `${base()}/transcripts?fileName=rep-1.txt&title=Rep%201`, Buffer.from(TRANSCRIPT), { 'content-type': 'application/octet-stream' });
    expect(upload.statusCode).toBe(201);
    transcriptId = upload.json().id;
    const detail = (await analyst.request('GET', `${base()}/transcripts/${transcriptId}`)).json();
    expect(detail.transcript.text).toBe(TRANSCRIPT);
    expect(detail.transcript.turns.map((t: { speaker: string }) => t.speaker)).toEqual(['Interviewer', 'Rep', 'Interviewer', 'Rep']);
    const bad = await analyst.request('POST', `${base()}/transcripts?fileName=deck.pptx`, Buffer.from('x'), { 'content-type': 'application/octet-stream' });
    expect(bad.statusCode).toBe(422);
  });

  it('codes passages in each coder’s own layer, overlapping allowed, and refuses out-of-range selections', async () => {
    const objectivity = await codeNamed((await analyst.request('GET', base())).json().codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.objectivity').name);
    const sensitivity = (await analyst.request('GET', base())).json().codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.sensitivity');
    const a = spanOf("Marketing never explains the rationale. Don't sell us your strategies, tell us why they are appropriate.");
    const b = spanOf('Nobody communicates back. Our world is different and they do not respond to our ideas.');
    for (const [client, code, span] of [
      [analyst, objectivity, a],
      [analyst, sensitivity, b],
      [admin, objectivity, a],
      [admin, objectivity, b],
      [admin, sensitivity, { start: b.start, end: b.start + 24 }],
    ] as const) {
      const response = await client.request('POST', `${base()}/codings`, { transcriptId, codeId: code.id, ...span });
      expect(response.statusCode, response.body).toBe(201);
    }
    const outside = await analyst.request('POST', `${base()}/codings`, { transcriptId, codeId: objectivity.id, start: 10, end: TRANSCRIPT.length + 5 });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.message).toMatch(/cannot be coded/);
    const detail = (await analyst.request('GET', base())).json();
    expect(detail.coders).toHaveLength(2);
  });

  it('reports agreement between the two coders and the segments where they differ', async () => {
    const agreement = (await analyst.request('GET', `${base()}/agreement?unit=segment&countUncoded=true`)).json();
    expect(agreement.coders).toHaveLength(2);
    const percent = agreement.overall.find((s: { metric: string }) => s.metric === 'percent');
    expect(percent.value).toBeGreaterThan(0);
    expect(percent.value).toBeLessThan(1);
    expect(agreement.prl.meetsThreshold).not.toBeNull();
    expect(agreement.disagreements.length).toBeGreaterThan(0);
    expect(agreement.perCode.length).toBe(2);
    const characters = (await analyst.request('GET', `${base()}/agreement?unit=character&countUncoded=false`)).json();
    expect(characters.units).toBeGreaterThan(agreement.units);
  });

  it('shows new codes per interview and a plain-language saturation verdict', async () => {
    const saturation = (await analyst.request('GET', `${base()}/saturation?base=4&run=2&threshold=0.05`)).json();
    expect(saturation.perInterview).toEqual([expect.objectContaining({ transcriptId, newCodes: 2, cumulativeCodes: 2 })]);
    expect(saturation.reached).toBe(false);
    expect(saturation.verdict.length).toBeGreaterThan(20);
  });

  it('merges two codes, moving their codings, and undoes the merge exactly', async () => {
    const detail = (await analyst.request('GET', base())).json();
    const source = detail.codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.sensitivity');
    const target = detail.codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.objectivity');
    const merged = await analyst.request('POST', `${base()}/codes/operations`, { type: 'merge', sourceId: source.id, targetId: target.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().codes.find((c: { id: string }) => c.id === source.id)).toBeUndefined();
    expect(merged.json().codes.find((c: { id: string }) => c.id === target.id).codingCount).toBe(5);
    const undone = await analyst.request('POST', `${base()}/codes/undo`);
    expect(undone.json().message).toMatch(/^Undid: Merged/);
    const restored = undone.json().codes.find((c: { id: string }) => c.id === source.id);
    expect(restored).toMatchObject({ name: source.name, parentId: source.parentId, codingCount: 2 });
  });

  it('refuses a move that would create a cycle, and a rename to a sibling’s name', async () => {
    const codes = (await analyst.request('GET', base())).json().codes;
    const root = codes.find((c: { builtinId: string }) => c.builtinId === 'buyin');
    const child = codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.objectivity');
    const cycle = await analyst.request('POST', `${base()}/codes/operations`, { type: 'move', codeId: root.id, parentId: child.id });
    expect(cycle.statusCode).toBe(422);
    const sibling = codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.sensitivity');
    const clash = await analyst.request('POST', `${base()}/codes/operations`, { type: 'rename', codeId: child.id, name: sibling.name.toUpperCase() });
    expect([409, 422]).toContain(clash.statusCode);
  });

  it('keeps codings on their words when the transcript is edited, flags edited passages, and refuses a stale save', async () => {
    const before = (await analyst.request('GET', `${base()}/transcripts/${transcriptId}`)).json();
    const edited = `Interviewer (2nd visit): hello.\n${TRANSCRIPT.replace('Nobody communicates back.', 'Nobody ever writes back.')}`;
    const saved = await analyst.request('PUT', `${base()}/transcripts/${transcriptId}`, { text: edited, baseVersion: before.transcript.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const result = saved.json();
    expect(result.moved).toBeGreaterThan(0);
    expect(result.flagged).toBeGreaterThan(0);
    for (const coding of result.codings.filter((c: { flagReason: string | null }) => c.flagReason === null)) {
      const original = before.codings.find((c: { id: string }) => c.id === coding.id);
      expect(edited.slice(coding.start, coding.end)).toBe(TRANSCRIPT.slice(original.start, original.end));
    }
    // A flagged coding of mine is placed again on the edited words, keeping its id; another coder's is not mine to move.
    const mine = (await analyst.request('GET', base())).json().coders.find((c: { isMe: boolean }) => c.isMe).id;
    const myFlagged = result.codings.find((c: { flagReason: string | null; coderId: string }) => c.flagReason !== null && c.coderId === mine);
    const theirFlagged = result.codings.find((c: { flagReason: string | null; coderId: string }) => c.flagReason !== null && c.coderId !== mine);
    const place = edited.indexOf('Nobody ever writes back.');
    const span = { start: place, end: place + 'Nobody ever writes back.'.length };
    const placed = await analyst.request('PATCH', `${base()}/codings/${myFlagged.id}`, span);
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json()).toMatchObject({ id: myFlagged.id, ...span, flagReason: null });
    expect((await analyst.request('PATCH', `${base()}/codings/${theirFlagged.id}`, span)).statusCode).toBe(403);
    const stale = await analyst.request('PUT', `${base()}/transcripts/${transcriptId}`, { text: 'x', baseVersion: before.transcript.version });
    expect(stale.statusCode).toBe(409);
  });

  it('exports a .qdpx and re-imports it into a new project with codes, sources, codings, coders and memos', async () => {
    await analyst.request('POST', `${base()}/memos`, { targetType: 'project', targetId: projectId, text: 'Sales wants the why.' });
    const objectivity = (await analyst.request('GET', base())).json().codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.objectivity');
    expect((await analyst.request('POST', `${base()}/memos`, { targetType: 'code', targetId: objectivity.id, text: 'Reps ask for the rationale.' })).statusCode).toBe(201);
    await analyst.request('POST', `${base()}/informants`, { name: 'Rep 1', function: 'sales', level: 'frontline', dyadKey: 'D1', attributes: { tenure: { type: 'number', value: 7 } } });
    const exported = await analyst.request('GET', `${base()}/export.qdpx`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/zip');
    const imported = await analyst.request('POST', '/api/research/projects/import?format=qdpx&name=Round%20trip', exported.rawPayload, { 'content-type': 'application/octet-stream' });
    expect(imported.statusCode, imported.body).toBe(201);
    const original = (await analyst.request('GET', base())).json();
    const copy = (await analyst.request('GET', `/api/research/projects/${imported.json().id}`)).json();
    const shape = (codes: Array<{ id: string; parentId: string | null; name: string; kind: string; builtinId: string | null }>) => {
      const nameOf = new Map(codes.map((c) => [c.id, c.name]));
      return codes.map((c) => `${c.parentId ? nameOf.get(c.parentId) : '-'} > ${c.name} (${c.kind}, ${c.builtinId})`).sort();
    };
    expect(shape(copy.codes)).toEqual(shape(original.codes));
    expect(copy.coders.map((c: { name: string }) => c.name).sort()).toEqual(original.coders.map((c: { name: string }) => c.name).sort());
    expect(copy.project.codings).toBe(original.project.codings - (original.transcripts[0].flaggedCount as number));
    expect(copy.memos.map((m: { text: string; targetType: string }) => `${m.targetType}: ${m.text}`).sort()).toEqual(['code: Reps ask for the rationale.', 'project: Sales wants the why.']);
    const copiedCode = copy.codes.find((c: { builtinId: string }) => c.builtinId === 'buyin.objectivity');
    expect(copy.memos.find((m: { targetType: string }) => m.targetType === 'code').targetId).toBe(copiedCode.id);
    expect(copy.informants[0]).toMatchObject({ name: 'Rep 1', function: 'sales', level: 'frontline', dyadKey: 'D1', attributes: { tenure: { type: 'number', value: 7 } } });
    const codebook = await analyst.request('GET', `${base()}/codebook.qdc`);
    expect(codebook.body).toContain('urn:QDA-XML:codebook:1.0');
  });

  it('refuses hostile or malformed exchange files with a clear message and writes nothing', async () => {
    const count = async () => (await analyst.request('GET', '/api/research/projects')).json().items.length;
    const before = await count();
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>';
    const hostile = await analyst.request('POST', '/api/research/projects/import?format=qdc', Buffer.from(laughs), { 'content-type': 'application/octet-stream' });
    expect(hostile.statusCode).toBe(422);
    const notZip = await analyst.request('POST', '/api/research/projects/import?format=qdpx', Buffer.from('not a zip'), { 'content-type': 'application/octet-stream' });
    expect(notZip.statusCode).toBe(422);
    expect(await count()).toBe(before);
  });

  it('keeps the workbench to admins and analysts, and other projects’ ids out', async () => {
    expect((await member.request('GET', '/api/research/projects')).statusCode).toBe(403);
    const other = await createOrg(test.db);
    const stranger = await signedIn(app, other.users.analyst.email);
    expect((await stranger.request('GET', base())).statusCode).toBe(404);
    expect((await stranger.request('POST', `${base()}/codings`, { transcriptId, codeId: transcriptId, start: 0, end: 5 })).statusCode).toBe(404);
  });

  it('lets an auditor read and download everything but change nothing', async () => {
    const auditor = await signedIn(app, auditorEmail);
    expect((await auditor.request('GET', '/api/research/projects')).statusCode).toBe(200);
    expect((await auditor.request('GET', base())).statusCode).toBe(200);
    expect((await auditor.request('GET', `${base()}/transcripts/${transcriptId}`)).statusCode).toBe(200);
    expect((await auditor.request('GET', `${base()}/agreement`)).statusCode).toBe(200);
    expect((await auditor.request('GET', `${base()}/audit`)).statusCode).toBe(200);
    expect((await auditor.request('GET', `${base()}/export.qdpx`)).statusCode).toBe(200);
    const codeId = (await auditor.request('GET', base())).json().codes[0].id;
    const refusals = [
      await auditor.request('POST', '/api/research/projects', { name: 'Nope', start: 'empty' }),
      await auditor.request('POST', `${base()}/codings`, { transcriptId, codeId, start: 0, end: 5 }),
      await auditor.request('POST', `${base()}/codes/operations`, { type: 'rename', codeId, name: 'Renamed by auditor' }),
      await auditor.request('POST', `${base()}/memos`, { targetType: 'project', targetId: projectId, text: 'x' }),
      await auditor.request('PUT', `${base()}/transcripts/${transcriptId}`, { text: 'x', baseVersion: 1 }),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403]);
    expect(refusals[1]?.json().error.message).toMatch(/admin or analyst/);
  });

  it('records every change in the audit trail', async () => {
    const audit = (await analyst.request('GET', `${base()}/audit`)).json().items;
    const actions = audit.map((a: { action: string }) => a.action).join('\n');
    expect(actions).toMatch(/created from the built-in codebook/);
    expect(actions).toMatch(/imported transcript "Rep 1"/);
    expect(actions).toMatch(/Merged/);
    expect(actions).toMatch(/edited transcript/);
  });
});
