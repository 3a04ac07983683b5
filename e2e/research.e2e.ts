import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, screenshot, signInAs, startE2e, type E2e } from './support/harness';

const TRANSCRIPT = [
  'Interviewer: Why does buy-in matter for your team?',
  "Rep: Honestly, don't sell us your strategies, tell us why they are appropriate. Show us the data.",
  'Interviewer: And your feedback?',
  'Rep: Our world is different and nobody communicates back to us about what happened to our ideas.',
].join('\n');

/** Selects a passage of the transcript the way a mouse would: a DOM range over the rendered text. */
async function select(page: Page, passage: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('[aria-label="Transcript text"]') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += node.textContent;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`passage not on the page: ${wanted}`);
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        const length = node.textContent?.length ?? 0;
        if (offset <= seen + length) return { node, offset: offset - seen };
        seen += length;
      }
      throw new Error('offset past the text');
    };
    const start = locate(at);
    const end = locate(at + wanted.length);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, passage);
}

async function code(page: Page, passage: string, codeName: string) {
  await select(page, passage);
  const filter = page.getByRole('combobox', { name: 'Filter codes' });
  await filter.waitFor();
  await filter.fill(codeName);
  await page.getByRole('option', { name: new RegExp(codeName) }).first().click();
  await expect.poll(async () => page.getByRole('combobox', { name: 'Filter codes' }).count()).toBe(0);
}

describe.runIf(browserAvailable())('an analyst and a colleague code an interview, measure agreement and exchange the project', () => {
  let e2e: E2e;
  let dir: string;
  beforeAll(async () => {
    e2e = await startE2e({ people: 60 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'));
  });
  afterAll(async () => {
    await e2e?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a transcript, codes it as two coders, sees agreement and saturation, and round-trips a .qdpx', async () => {
    const analyst = await openPage(e2e, { width: 1280, height: 900 }, { acceptDownloads: true });
    await signInAs(analyst, e2e, 'analyst');
    await analyst.goto(`${e2e.baseUrl}/research`);
    await analyst.getByLabel('Name', { exact: true }).fill('E2E buy-in study');
    await analyst.getByRole('button', { name: 'Create project' }).click();
    await analyst.getByRole('heading', { name: 'E2E buy-in study', level: 1 }).waitFor();
    const projectUrl = analyst.url();

    const file = path.join(dir, 'rep-1.txt');
    fs.writeFileSync(file, TRANSCRIPT);
    await analyst.getByLabel('Transcript file').setInputFiles(file);
    await analyst.getByLabel('Title').fill('Rep 1');
    await analyst.getByRole('button', { name: 'Add transcript' }).click();
    await analyst.getByRole('link', { name: 'Rep 1' }).first().click();
    await analyst.getByLabel('Transcript text').waitFor();
    await code(analyst, "don't sell us your strategies, tell us why they are appropriate", 'Objectivity');
    await code(analyst, 'nobody communicates back to us about what happened to our ideas', 'Sensitivity');
    // A memo on one of my codings (a segment memo).
    await analyst.getByText(/^Memos \(0\)/).first().click();
    await analyst.getByLabel('New segment memo').first().fill('The rep asks for the rationale, not the plan.');
    await analyst.getByRole('button', { name: 'Add memo' }).first().click();
    await analyst.getByText('The rep asks for the rationale, not the plan.').first().waitFor();
    await screenshot(analyst, 'e2e-research-workbench');
    const transcriptUrl = analyst.url();

    const colleague = await openPage(e2e, { width: 1280, height: 900 });
    await signInAs(colleague, e2e, 'admin');
    await colleague.goto(transcriptUrl);
    await colleague.getByLabel('Transcript text').waitFor();
    await code(colleague, "don't sell us your strategies, tell us why they are appropriate", 'Objectivity');
    await code(colleague, 'nobody communicates back to us about what happened to our ideas', 'Communication paucity');

    await analyst.goto(`${projectUrl}/agreement`);
    const overall = analyst.getByRole('table').filter({ hasText: 'Percent agreement' });
    await overall.waitFor();
    expect(await overall.innerText()).toMatch(/Percent agreement\s+0\.\d+/);
    expect(await analyst.getByText(/Disagreements \(\d+\)/).count()).toBe(1);
    await screenshot(analyst, 'e2e-research-agreement');

    await analyst.goto(`${projectUrl}/saturation`);
    await analyst.getByRole('heading', { name: 'Saturation', level: 1 }).waitFor();
    await analyst.locator('.echart svg').first().waitFor();
    expect(await analyst.getByText(/saturat/i).count()).toBeGreaterThan(0);
    await screenshot(analyst, 'e2e-research-saturation');

    await analyst.goto(`${projectUrl}/queries`);
    await analyst.getByRole('heading', { name: 'Queries', level: 1 }).waitFor();
    const matrix = analyst.getByRole('table').filter({ hasText: 'Objectivity' }).first();
    await matrix.waitFor();
    expect(await matrix.innerText()).toMatch(/Objectivity[\s\S]*2/);
    await screenshot(analyst, 'e2e-research-queries');

    await analyst.goto(projectUrl);
    const [download] = await Promise.all([analyst.waitForEvent('download'), analyst.getByRole('link', { name: '.qdpx' }).click()]);
    const qdpx = path.join(dir, 'study.qdpx');
    await download.saveAs(qdpx);

    await analyst.goto(`${e2e.baseUrl}/research`);
    await analyst.getByLabel('REFI-QDA file').setInputFiles(qdpx);
    await analyst.getByLabel('Project name').fill('E2E round trip');
    await analyst.getByRole('button', { name: 'Import project' }).click();
    await analyst.getByRole('heading', { name: 'E2E round trip', level: 1 }).waitFor();

    // Nothing lost: the same code tree, transcript, codings per coder and coders as the original.
    const compare = await analyst.evaluate(async (originalUrl) => {
      const get = async (url: string) => (await fetch(url)).json();
      const copyId = location.pathname.split('/')[2];
      const originalId = new URL(originalUrl).pathname.split('/')[2];
      const summarise = async (id: string) => {
        const detail = await get(`/api/research/projects/${id}`);
        const transcript = await get(`/api/research/projects/${id}/transcripts/${detail.transcripts[0].id}`);
        const coderName = new Map(detail.coders.map((c: { id: string; name: string }) => [c.id, c.name]));
        const codeName = new Map(detail.codes.map((c: { id: string; name: string }) => [c.id, c.name]));
        return {
          codes: detail.codes.map((c: { name: string; kind: string; builtinId: string }) => `${c.name}|${c.kind}|${c.builtinId}`).sort(),
          text: transcript.transcript.text,
          codings: transcript.codings.map((c: { coderId: string; codeId: string; start: number; end: number }) => `${coderName.get(c.coderId)}|${codeName.get(c.codeId)}|${c.start}-${c.end}`).sort(),
        };
      };
      return { original: await summarise(originalId as string), copy: await summarise(copyId as string) };
    }, projectUrl);
    expect(compare.copy.codings).toHaveLength(4);
    expect(compare.copy).toEqual(compare.original);
    await screenshot(analyst, 'e2e-research-imported');

    // An auditor reads the same project, and the pages offer nothing to change.
    await colleague.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const response = await fetch('/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: 'auditor@e2e.example', name: 'Ada Auditor', role: 'auditor', password: 'auditor password 2026' }),
      });
      if (response.status !== 201) throw new Error(await response.text());
    });
    const auditor = await openPage(e2e);
    await auditor.goto(`${e2e.baseUrl}/sign-in`);
    await auditor.getByLabel(/e-?mail/i).fill('auditor@e2e.example');
    await auditor.getByLabel(/password/i).fill('auditor password 2026');
    await auditor.getByRole('button', { name: /sign in/i }).click();
    await auditor.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await auditor.goto(`${e2e.baseUrl}/research`);
    await auditor.getByRole('link', { name: 'E2E buy-in study' }).click();
    await auditor.getByRole('note').filter({ hasText: 'Auditor’s view' }).waitFor();
    await auditor.getByRole('heading', { name: 'E2E buy-in study', level: 1 }).waitFor();
    expect(await auditor.locator('fieldset.rs-readonly').getAttribute('disabled')).not.toBeNull();
    expect(await auditor.locator('fieldset.rs-readonly :is(button, input, select, textarea):enabled').count()).toBe(0);
    await auditor.goto(transcriptUrl);
    await auditor.getByLabel('Transcript text').waitFor();
    expect(await auditor.getByLabel('Transcript text').innerText()).toContain('tell us why they are appropriate');
    expect(await auditor.getByRole('radio', { name: 'All coders' }).isChecked()).toBe(true);
    await screenshot(auditor, 'e2e-research-auditor');
    await auditor.goto(`${projectUrl}/agreement`);
    await auditor.getByRole('table').filter({ hasText: 'Percent agreement' }).waitFor();
    expect(await auditor.getByRole('radio', { name: /Characters/ }).isEnabled()).toBe(true);
    expect(await auditor.goto(`${e2e.baseUrl}/research`).then(() => auditor.getByRole('button', { name: 'Create project' }).count())).toBe(0);
  });
});
