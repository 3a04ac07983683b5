import { zipSync } from 'fflate';
import { findProjectProblems } from './check-project';
import { QdaExportError } from './errors';
import type { QdaProject } from './model';
import { isWellFormedUnicode } from './text-positions';
import { projectToQde } from './write-project-xml';

/** The archive folder for source and note texts (MAXQDA's spelling; NVivo writes `Sources/`, and both are read). */
export const QDPX_SOURCES_FOLDER = 'sources';

export interface QdpxExportOptions {
  /**
   * The modification time stamped on every zip entry. Defaults to 1980-01-02, the start of the zip date range, so
   * the same project always gives the same bytes.
   */
  fileTimestamp?: Date;
}

const DEFAULT_FILE_TIMESTAMP = new Date(Date.UTC(1980, 0, 2));

/**
 * Writes a REFI-QDA project archive (`.qdpx`): `project.qde` (valid against Project.xsd) and, for every source
 * and note, its plain text as UTF-8 in `sources/<guid>.txt`, referenced as `plainTextPath="internal://<guid>.txt"`.
 * Throws QdaExportError when the project breaks a rule of the format (see `findProjectProblems`).
 */
export function projectToQdpx(project: QdaProject, options: QdpxExportOptions = {}): Uint8Array {
  const [problem, ...others] = findProjectProblems(project);
  if (problem !== undefined) {
    const more = others.length === 0 ? '' : ` (and ${others.length} more problem${others.length === 1 ? '' : 's'})`;
    throw new QdaExportError(problem.reason, `${problem.message}${more}`);
  }
  const texts = [
    ...project.sources.map((source) => ({ key: `source:${source.guid}`, guid: source.guid, text: source.plainText, what: `Source "${source.name ?? source.guid}"` })),
    ...project.notes.map((note) => ({ key: `note:${note.guid}`, guid: note.guid, text: note.text, what: `Note "${note.name ?? note.guid}"` })),
  ];
  const fileNames = textFileNames(texts.map(({ guid }) => guid));
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  texts.forEach(({ text, what }, index) => {
    if (!isWellFormedUnicode(text)) {
      throw new QdaExportError('UNREPRESENTABLE_CHARACTER', `${what} contains a broken (unpaired) surrogate character; fix the text and export again.`);
    }
    files[`${QDPX_SOURCES_FOLDER}/${fileNames[index]}`] = encodeText(text, encoder);
  });
  const pathByKey = new Map(texts.map(({ key }, index) => [key, `internal://${fileNames[index]}`]));
  const xml = projectToQde(project, (kind, guid) => pathByKey.get(`${kind}:${guid}`) as string);
  return zipSync(
    { 'project.qde': encoder.encode(xml), ...files },
    { level: 6, mtime: options.fileTimestamp ?? DEFAULT_FILE_TIMESTAMP },
  );
}

/**
 * `<guid>.txt` for each text. A note may legitimately share its GUID with a source (GUIDs are unique per kind), so a
 * clash gets a numbered name rather than overwriting the other file.
 */
function textFileNames(guids: readonly string[]): string[] {
  const taken = new Set<string>();
  return guids.map((guid) => {
    let name = `${guid}.txt`;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) name = `${guid}-${suffix}.txt`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * UTF-8 without a byte-order mark, except when the text itself starts with U+FEFF: readers drop one leading BOM, so
 * that text gets an extra one to survive the round trip.
 */
function encodeText(text: string, encoder: TextEncoder): Uint8Array {
  return encoder.encode(text.startsWith('\uFEFF') ? `\uFEFF${text}` : text);
}
