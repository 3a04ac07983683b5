import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { codebookToQdc } from '../../src/domain/research/refi-qda/export-qdc';
import { projectToQdpx } from '../../src/domain/research/refi-qda/export-qdpx';
import type { QdaProject } from '../../src/domain/research/refi-qda/model';
import { qdaCodeTreeArbitrary, qdaProjectArbitrary } from '../../src/domain/research/refi-qda/qda-project-arbitrary';
import { sampleQdaCodes, sampleQdaProject } from '../../src/domain/research/refi-qda/sample-project';

/** The REFI-QDA v1.0 schemas shipped beside the repository (../shared), or at their fixed location. */
function schema(file: 'Project.xsd' | 'Codebook.xsd'): string {
  const beside = path.resolve(process.cwd(), '../shared/refi-qda', file);
  return existsSync(beside) ? beside : path.join('/work/shared/refi-qda', file);
}

/** Runs `xmllint --noout --schema` over the files; one process for many files keeps the property test quick. */
function xmllint(schemaFile: string, files: string[]): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', schemaFile, ...files], { encoding: 'utf8', timeout: 60_000 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('install libxml2-utils (apt-get install libxml2-utils)');
  }
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'tandem-refi-qda-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCounter = 0;
function writeTemp(name: string, content: string | Uint8Array): string {
  fileCounter += 1;
  const file = path.join(workDir, `${fileCounter}-${name}`);
  writeFileSync(file, content);
  return file;
}

/** Exports the project as a .qdpx on disk, unzips it and returns the path of its project.qde. */
function exportedProjectQde(project: QdaProject): string {
  const archive = writeTemp('project.qdpx', projectToQdpx(project));
  const entries = unzipSync(new Uint8Array(readFileSync(archive)));
  expect(entries['project.qde']).toBeDefined();
  return writeTemp('project.qde', entries['project.qde'] as Uint8Array);
}

describe('REFI-QDA exports validate against the v1.0 schemas (xmllint)', () => {
  it('finds both schemas', () => {
    expect(existsSync(schema('Project.xsd'))).toBe(true);
    expect(existsSync(schema('Codebook.xsd'))).toBe(true);
  });

  it('a realistic project: users, nested codes, typed variables, cases, two interviews, overlapping codings, memos', () => {
    const result = xmllint(schema('Project.xsd'), [exportedProjectQde(sampleQdaProject())]);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('a project with nothing but its name', () => {
    const empty: QdaProject = { name: 'Empty', users: [], codes: [], variables: [], cases: [], sources: [], notes: [] };
    expect(xmllint(schema('Project.xsd'), [exportedProjectQde(empty)]).status).toBe(0);
  });

  it('a realistic codebook (.qdc)', () => {
    const result = xmllint(schema('Codebook.xsd'), [writeTemp('codebook.qdc', codebookToQdc(sampleQdaCodes(), { origin: 'Tandem 0.1.0' }))]);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('every generated project and codebook, with Unicode, XML specials and every variable type', () => {
    const projects = fc.sample(qdaProjectArbitrary, { numRuns: 60, seed: 20240301 });
    const codebooks = fc.sample(qdaCodeTreeArbitrary, { numRuns: 60, seed: 20240302 });
    const projectResult = xmllint(schema('Project.xsd'), projects.map(exportedProjectQde));
    expect(projectResult.output).not.toContain('fails to validate');
    expect(projectResult.status).toBe(0);
    const codebookFiles = codebooks.map((codes) => writeTemp('codebook.qdc', codebookToQdc(codes)));
    const codebookResult = xmllint(schema('Codebook.xsd'), codebookFiles);
    expect(codebookResult.output).not.toContain('fails to validate');
    expect(codebookResult.status).toBe(0);
  }, 120_000);

  it('the check itself has teeth: a code without isCodable fails Codebook.xsd', () => {
    const broken = codebookToQdc(sampleQdaCodes()).replace(' isCodable="true"', '');
    const result = xmllint(schema('Codebook.xsd'), [writeTemp('broken.qdc', broken)]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("The attribute 'isCodable' is required but missing");
  });
});
