import { QdaImportError } from './errors';
import { describeBytes, resolveImportLimits } from './limits';
import type { QdaImportLimits } from './limits';
import type { QdaProjectImport } from './model';
import { asImportErrors, expectRoot } from './read-helpers';
import { readProjectXml } from './read-project-xml';
import type { TextResolver } from './read-project-xml';
import { readXml } from './safe-xml';
import { openZip } from './safe-zip';
import type { SafeZip, ZipEntry } from './safe-zip';
import { decodeUnicodeText } from './text-decoding';
import { QDA_PROJECT_NAMESPACE } from './write-project-xml';

export interface QdpxImportOptions {
  limits?: Partial<QdaImportLimits>;
  /** Names the file in messages; defaults to "The project file". */
  fileName?: string;
}

/**
 * Reads a REFI-QDA project archive (`.qdpx`): `project.qde` plus the texts it points at with
 * `plainTextPath="internal://…"` (looked up in `sources/` or `Sources/`), or carries inline as `<PlainTextContent>`.
 * Refuses with a QdaImportError: archives or XML over the limits, zip bombs, entry names that climb out of the
 * archive, DOCTYPE/ENTITY declarations, the wrong root or namespace, missing attributes, dangling references,
 * selections outside their text and missing source texts. What Tandem does not model comes back as warnings.
 */
export function qdpxToProject(bytes: Uint8Array, options: QdpxImportOptions = {}): QdaProjectImport {
  const limits = resolveImportLimits(options.limits);
  const label = options.fileName ?? 'The project file';
  const zip = asImportErrors(() => openZip(bytes, { maxArchiveBytes: limits.maxArchiveBytes, label }));
  const budget = new InflationBudget(zip, label, limits.maxUncompressedBytes);
  const qdeEntry = findProjectEntry(zip);
  if (qdeEntry === undefined) {
    throw new QdaImportError('MISSING_PROJECT_FILE', `${label} has no project.qde inside; is it a REFI-QDA project (.qdpx)?`);
  }
  const qde = budget.read(qdeEntry, limits.maxXmlBytes);
  const root = asImportErrors(() => readXml(qde, { maxBytes: limits.maxXmlBytes, label: 'project.qde' }));
  expectRoot(root, 'Project', QDA_PROJECT_NAMESPACE, 'project.qde');
  const resolveText: TextResolver = (path, owner) => {
    const entry = findTextEntry(zip, path, owner, label);
    const text = decodeUnicodeText(budget.read(entry, limits.maxUncompressedBytes));
    if (text === undefined) {
      throw new QdaImportError('INVALID_TEXT_ENCODING', `The text of the ${owner} (${entry.name}) is not valid UTF-8; save it as UTF-8 and export again.`);
    }
    return text;
  };
  return readProjectXml(root, resolveText);
}

/** `project.qde` at the top of the archive, or failing that the only `.qde` file there. */
function findProjectEntry(zip: SafeZip): ZipEntry | undefined {
  const exact = zip.find('project.qde');
  if (exact !== undefined) return exact;
  const candidates = zip.entries.filter((entry) => !entry.name.includes('/') && entry.name.toLowerCase().endsWith('.qde'));
  return candidates.length === 1 ? candidates[0] : undefined;
}

function findTextEntry(zip: SafeZip, path: string, owner: string, label: string): ZipEntry {
  if (!/^internal:\/\//i.test(path)) {
    throw new QdaImportError(
      'MISSING_SOURCE_TEXT',
      `The ${owner} keeps its text outside the archive (${path}); export the project again with the sources included.`,
    );
  }
  const relative = path.slice('internal://'.length).replace(/\\/g, '/').replace(/^\/+/, '');
  if (relative === '' || relative.split('/').includes('..') || /^[A-Za-z]:/.test(relative)) {
    throw new QdaImportError('UNSAFE_ZIP', `The ${owner} points at "${path}", which is outside the archive's sources folder.`);
  }
  const entry = zip.find(`sources/${relative}`) ?? zip.find(relative);
  if (entry === undefined) {
    throw new QdaImportError(
      'MISSING_SOURCE_TEXT',
      `The text of the ${owner} (${path}) is missing from ${label.replace(/^The /, 'the ')}; export the project again with its sources.`,
    );
  }
  return entry;
}

/** Caps the bytes inflated across all entries read, before and while inflating. */
class InflationBudget {
  private used = 0;

  constructor(
    private readonly zip: SafeZip,
    private readonly label: string,
    private readonly limit: number,
  ) {}

  read(entry: ZipEntry, entryLimit: number): Uint8Array {
    if (this.used + entry.uncompressedSize > this.limit) {
      throw new QdaImportError(
        'FILE_TOO_LARGE',
        `${this.label} unpacks to more than ${describeBytes(this.limit)} (at "${entry.name}"); it was refused as too large or a zip bomb.`,
      );
    }
    const bytes = asImportErrors(() => this.zip.read(entry, Math.min(entryLimit, this.limit - this.used)));
    this.used += bytes.length;
    return bytes;
  }
}
