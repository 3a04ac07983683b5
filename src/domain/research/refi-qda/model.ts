/**
 * The REFI-QDA v1.0 exchange model: what Tandem reads from and writes to `.qdc` codebooks and `.qdpx` projects
 * (schemas `urn:QDA-XML:codebook:1.0` and `urn:QDA-XML:project:1.0`). Field names follow the XSD attributes;
 * an optional field is optional in the XSD too. Only text sources are modelled: pictures, PDFs, audio, video, links,
 * sets and graphs are reported as import warnings and left out.
 *
 * Conventions
 * - Every `guid` matches the XSD GUIDType: `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, optionally in braces.
 *   References compare GUIDs case-insensitively and without braces; the spelling read is the spelling written.
 * - Dates and times are ISO 8601 strings as the XSD types them: `xsd:dateTime` (`2024-03-01T09:30:00Z`) and,
 *   for Date variables, `xsd:date` (`2024-03-01`).
 * - Text positions (`start`, `end` of a selection) count Unicode code points from 0, end exclusive, as REFI-QDA
 *   tools do; use `text-positions.ts` to convert to and from JavaScript (UTF-16) string offsets.
 */

/** xsd:dateTime, e.g. `2024-03-01T09:30:00Z`. */
export type IsoDateTime = string;

export interface QdaUser {
  guid: string;
  name?: string;
  /** The user's id in the tool that made the file (XSD `id`). */
  id?: string;
}

export interface QdaCode {
  guid: string;
  name: string;
  /** false for a category (folder) that only groups other codes. */
  isCodable: boolean;
  /** `#rrggbb` or `#rgb`. */
  color?: string;
  description?: string;
  children: QdaCode[];
}

export interface QdaCodebook {
  /** The tool that made the codebook. */
  origin?: string;
  codes: QdaCode[];
}

export const QDA_VARIABLE_TYPES = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const;
export type QdaVariableType = (typeof QDA_VARIABLE_TYPES)[number];

export interface QdaVariable {
  guid: string;
  name: string;
  typeOfVariable: QdaVariableType;
  description?: string;
}

/**
 * A variable's value for one case or source. The JavaScript type follows the variable's type: Text → string,
 * Boolean → boolean, Integer → safe integer, Float → number below 10^18 in magnitude, Date → `YYYY-MM-DD`
 * (xsd:date), DateTime → xsd:dateTime string. null when the file records the variable without a value.
 * Floats are written as xsd:decimal in at most 18 digits, the precision every schema validator must support, so a
 * value that needs more (1.2345678901234567e-5, 1e-20) is rounded on export.
 */
export type QdaValue = string | number | boolean | null;

export interface QdaVariableValue {
  variableGuid: string;
  value: QdaValue;
}

export interface QdaCoding {
  guid: string;
  codeGuid: string;
  creatingUser?: string;
  creationDateTime?: IsoDateTime;
}

/** A coded (or merely marked) span of a text source: code points [start, end). */
export interface QdaSelection {
  guid: string;
  name?: string;
  description?: string;
  start: number;
  end: number;
  creatingUser?: string;
  creationDateTime?: IsoDateTime;
  codings: QdaCoding[];
}

export interface QdaSource {
  guid: string;
  name?: string;
  description?: string;
  plainText: string;
  creatingUser?: string;
  creationDateTime?: IsoDateTime;
  selections: QdaSelection[];
  /** Codings of the whole source rather than of a span. */
  codings: QdaCoding[];
  variableValues: QdaVariableValue[];
}

/**
 * What a note (memo) annotates. In the file each target carries a NoteRef to the note; the project itself has no
 * GUID, hence its own kind. `coding` covers codings of a whole source and of a selection. Targets are listed in
 * model order: the project, codes depth-first, then each source followed by its own codings, then its selections,
 * each followed by its codings.
 */
export type QdaNoteTarget =
  | { kind: 'project' }
  | { kind: 'code' | 'source' | 'selection' | 'coding'; guid: string };

export interface QdaNote {
  guid: string;
  name?: string;
  description?: string;
  text: string;
  creatingUser?: string;
  creationDateTime?: IsoDateTime;
  targets: QdaNoteTarget[];
}

export interface QdaCase {
  guid: string;
  name?: string;
  description?: string;
  codeRefs: string[];
  variableValues: QdaVariableValue[];
  sourceRefs: string[];
  selectionRefs: string[];
}

export interface QdaProject {
  name: string;
  /** The tool that made the project. */
  origin?: string;
  /** GUID of the user who created the project (XSD `creatingUserGUID`). */
  createdBy?: string;
  creationDateTime?: IsoDateTime;
  /** GUID of the user who last changed the project (XSD `modifyingUserGUID`). */
  modifiedBy?: string;
  modifiedDateTime?: IsoDateTime;
  description?: string;
  users: QdaUser[];
  codes: QdaCode[];
  variables: QdaVariable[];
  cases: QdaCase[];
  sources: QdaSource[];
  notes: QdaNote[];
}

/** Something an import left out, said in words a researcher can act on. */
export interface QdaImportWarning {
  code: 'UNSUPPORTED_SOURCE' | 'UNSUPPORTED_ELEMENT' | 'DROPPED_REFERENCE';
  message: string;
}

export interface QdaProjectImport {
  project: QdaProject;
  warnings: QdaImportWarning[];
}
