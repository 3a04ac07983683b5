import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { codebookToQdc } from './export-qdc';
import { projectToQdpx } from './export-qdpx';
import { qdcToCodebook } from './import-qdc';
import { qdpxToProject } from './import-qdpx';
import { qdaCodeTreeArbitrary, qdaProjectArbitrary, xmlTextArbitrary } from './qda-project-arbitrary';
import { sampleQdaCodes, sampleQdaProject } from './sample-project';

describe('REFI-QDA round trip', () => {
  it('reads back every generated project exactly as it was exported', () => {
    fc.assert(
      fc.property(qdaProjectArbitrary, (project) => {
        const { project: imported, warnings } = qdpxToProject(projectToQdpx(project));
        expect(imported).toStrictEqual(project);
        expect(warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('reads back every generated code tree as a .qdc codebook', () => {
    fc.assert(
      fc.property(
        qdaCodeTreeArbitrary,
        fc.option(xmlTextArbitrary(), { nil: undefined }),
        (codes, origin) => {
          const { codebook } = qdcToCodebook(codebookToQdc(codes, { origin }));
          expect(codebook).toStrictEqual(origin === undefined ? { codes } : { origin, codes });
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);

  it('writes the same bytes for the same project', () => {
    fc.assert(
      fc.property(qdaProjectArbitrary, (project) => {
        expect(projectToQdpx(project)).toEqual(projectToQdpx(structuredClone(project)));
      }),
      { numRuns: 25 },
    );
  }, 30_000);

  it('round-trips the sample project with its emoji, CJK, XML specials and CR LF line ends', () => {
    const project = sampleQdaProject();
    expect(qdpxToProject(projectToQdpx(project))).toStrictEqual({ project, warnings: [] });
    expect(qdcToCodebook(codebookToQdc(sampleQdaCodes(), { origin: 'Tandem' }))).toStrictEqual({
      codebook: { origin: 'Tandem', codes: sampleQdaCodes() },
      warnings: [],
    });
  });

  it('stores each source and note as UTF-8 text in sources/<guid>.txt, referenced as internal://<guid>.txt', () => {
    const project = sampleQdaProject();
    const files = unzipSync(projectToQdpx(project));
    const [source] = project.sources;
    const xml = new TextDecoder().decode(files['project.qde']);
    expect(new TextDecoder().decode(files[`sources/${source?.guid}.txt`])).toBe(source?.plainText);
    expect(xml).toContain(`plainTextPath="internal://${source?.guid}.txt"`);
    expect(Object.keys(files)).toHaveLength(1 + project.sources.length + project.notes.length);
  });

  it('keeps a text that itself starts with a byte-order mark', () => {
    const project = { ...sampleQdaProject(), notes: [] };
    const [first, ...rest] = project.sources;
    const withBom = { ...project, sources: [{ ...first!, plainText: `\uFEFF${first!.plainText}`, selections: [], codings: [] }, ...rest] };
    withBom.cases = [];
    expect(qdpxToProject(projectToQdpx(withBom)).project).toStrictEqual(withBom);
  });

  it('gives a note that shares its GUID with a source its own file', () => {
    const project = sampleQdaProject();
    const source = project.sources[0]!;
    const twin = { ...project, notes: [{ guid: source.guid, text: 'A memo, not the interview.', targets: [] }] };
    const files = unzipSync(projectToQdpx(twin));
    expect(Object.keys(files)).toContain(`sources/${source.guid}-2.txt`);
    expect(qdpxToProject(projectToQdpx(twin)).project).toStrictEqual(twin);
  });
});
