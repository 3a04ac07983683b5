import { describe, expect, it } from 'vitest';
import { QdaExportError } from './errors';
import { projectToQdpx } from './export-qdpx';
import type { QdaProject } from './model';
import { SAMPLE_GUIDS, sampleQdaProject } from './sample-project';

function exportError(project: QdaProject): QdaExportError {
  try {
    projectToQdpx(project);
  } catch (error) {
    if (error instanceof QdaExportError) return error;
    throw error;
  }
  throw new Error('expected the export to fail');
}

describe('projectToQdpx refuses a project it could not write as valid REFI-QDA', () => {
  it('names a coding whose code is not in the codebook', () => {
    const project = sampleQdaProject();
    project.codes = project.codes.filter((code) => code.guid !== SAMPLE_GUIDS.pricing);
    const error = exportError(project);
    expect(error.reason).toBe('DANGLING_REFERENCE');
    expect(error.message).toContain(`refers to code ${SAMPLE_GUIDS.discounts}, which is not in the project`);
  });

  it('names a selection that runs past the end of its text', () => {
    const project = sampleQdaProject();
    const source = project.sources[1]!;
    source.selections[0]!.end = [...source.plainText].length + 1;
    expect(exportError(project)).toMatchObject({ reason: 'SELECTION_OUT_OF_RANGE', message: expect.stringContaining('Interview 2 — Brightline') });
  });

  it('refuses control characters XML cannot carry in names, but keeps them in source text', () => {
    const project = sampleQdaProject();
    project.codes[0]!.name = 'Bell\u0007';
    expect(exportError(project)).toMatchObject({ reason: 'UNREPRESENTABLE_CHARACTER', message: expect.stringContaining('U+0007') });
    const inText = sampleQdaProject();
    inText.sources[1]!.plainText += '\u000B';
    expect(() => projectToQdpx(inText)).not.toThrow();
  });

  it('refuses broken surrogates, malformed GUIDs, repeated GUIDs, bad colours, dates and mistyped values', () => {
    const broken = sampleQdaProject();
    broken.notes[0]!.text = 'half an emoji \uD83D';
    expect(exportError(broken).reason).toBe('UNREPRESENTABLE_CHARACTER');

    const cases: Array<[(project: QdaProject) => void, string]> = [
      [(project) => (project.users[0]!.guid = 'user-1'), 'is not a GUID'],
      [(project) => (project.users[1]!.guid = project.users[0]!.guid.toUpperCase()), 'repeats the id'],
      [(project) => (project.codes[0]!.color = 'blue'), 'use #rrggbb or #rgb'],
      [(project) => (project.creationDateTime = '01/03/2024'), 'use ISO 8601'],
      [(project) => (project.cases[0]!.variableValues[1]!.value = 7.5), 'is not a Integer'],
      [(project) => (project.cases[0]!.variableValues[4]!.value = '2023-02-29'), 'is not a Date'],
      [(project) => (project.notes[1]!.targets = [{ kind: 'selection', guid: SAMPLE_GUIDS.acme }]), 'refers to selection'],
    ];
    for (const [breakIt, message] of cases) {
      const project = sampleQdaProject();
      breakIt(project);
      expect(exportError(project).message).toContain(message);
    }
  });
});
