import { findCodebookProblems } from './check-project';
import { QdaExportError } from './errors';
import type { QdaCode } from './model';
import { codeElements } from './write-codes';
import { element, serialiseXml } from './xml-write';

export const QDA_CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export interface QdcExportOptions {
  /** The tool writing the file, e.g. `Tandem 0.1.0`. */
  origin?: string;
}

/** Writes a code hierarchy as a REFI-QDA codebook (`.qdc`), valid against Codebook.xsd. */
export function codebookToQdc(codes: readonly QdaCode[], options: QdcExportOptions = {}): string {
  if (codes.length === 0) {
    throw new QdaExportError('EMPTY_CODEBOOK', 'A REFI-QDA codebook needs at least one code; add a code and export again.');
  }
  const [problem] = findCodebookProblems(codes);
  if (problem !== undefined) throw new QdaExportError(problem.reason, problem.message);
  const root = element('CodeBook', [['origin', options.origin]], [element('Codes', [], codeElements(codes))]);
  return serialiseXml(root, QDA_CODEBOOK_NAMESPACE);
}
