import { findCodebookProblems } from './check-project';
import { QdaImportError } from './errors';
import { QDA_CODEBOOK_NAMESPACE } from './export-qdc';
import { resolveImportLimits } from './limits';
import type { QdaImportLimits } from './limits';
import type { QdaCodebook, QdaImportWarning } from './model';
import { readCodes } from './read-codes';
import { asImportErrors, assignDefined, childrenNamed, expectRoot, requireChild } from './read-helpers';
import { readXml } from './safe-xml';

export interface QdcImportOptions {
  limits?: Partial<Pick<QdaImportLimits, 'maxXmlBytes'>>;
  /** Names the file in messages; defaults to "The codebook". */
  fileName?: string;
}

export interface QdaCodebookImport {
  codebook: QdaCodebook;
  warnings: QdaImportWarning[];
}

/**
 * Reads a REFI-QDA codebook (`.qdc`, root `<CodeBook>` in `urn:QDA-XML:codebook:1.0`). Refuses DOCTYPEs, files over
 * the size limit, the wrong root, missing attributes and repeated code GUIDs with a QdaImportError. Code sets are not
 * modelled and come back as a warning.
 */
export function qdcToCodebook(input: string | Uint8Array, options: QdcImportOptions = {}): QdaCodebookImport {
  const label = options.fileName ?? 'The codebook';
  const { maxXmlBytes } = resolveImportLimits(options.limits);
  const root = asImportErrors(() => readXml(input, { maxBytes: maxXmlBytes, label }));
  expectRoot(root, 'CodeBook', QDA_CODEBOOK_NAMESPACE, label);
  const codebook: QdaCodebook = { codes: readCodes(requireChild(root, 'Codes')) };
  assignDefined(codebook, 'origin', root.attributes.get('origin'));
  const [problem] = findCodebookProblems(codebook.codes);
  if (problem !== undefined) throw new QdaImportError(problem.reason, problem.message);
  const sets = childrenNamed(root, 'Sets').flatMap((sets) => childrenNamed(sets, 'Set'));
  const warnings: QdaImportWarning[] =
    sets.length === 0
      ? []
      : [{ code: 'UNSUPPORTED_ELEMENT', message: `${sets.length} code set${sets.length === 1 ? ' was' : 's were'} not imported; Tandem has no code sets.` }];
  return { codebook, warnings };
}
