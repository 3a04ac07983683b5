import { readXml, SafeXmlError } from '../refi-qda/safe-xml';
import type { XmlElement } from '../refi-qda/safe-xml';
import { openZip, SafeZipError } from '../refi-qda/safe-zip';
import type { TranscriptLine } from './speaker-turns';
import { TranscriptImportError } from './transcript-error';

/**
 * The text of a Word document (.docx): the paragraphs of `word/document.xml` in order — body, tables, content
 * controls — each run's `w:t` text, `w:tab` as a tab, `w:br`/`w:cr` as a line break. Deleted revisions, field codes,
 * drawings and text boxes are left out. Paragraphs styled as headings or titles are marked as headings.
 */

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
/** Containers of paragraphs at block level. */
const BLOCK_CONTAINERS = new Set(['body', 'tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml', 'ins', 'moveTo']);
/** Containers of runs inside a paragraph; anything else (deletions, drawings, properties) is skipped. */
const RUN_CONTAINERS = new Set(['r', 'hyperlink', 'ins', 'moveTo', 'smartTag', 'sdt', 'sdtContent', 'fldSimple', 'customXml', 'bdo', 'dir']);
const MB = 1024 * 1024;

export const DOCX_LIMITS = { maxArchiveBytes: 50 * MB, maxDocumentXmlBytes: 50 * MB };

export function readDocxLines(bytes: Uint8Array, fileName: string): TranscriptLine[] {
  const root = readDocumentXml(bytes, fileName);
  const body = root.children.find((child) => child.name === 'body' && WORD_NAMESPACES.has(child.namespace));
  if (root.name !== 'document' || !WORD_NAMESPACES.has(root.namespace) || body === undefined) {
    throw new TranscriptImportError('NOT_A_DOCX', `${fileName}: word/document.xml is not a Word document body; save the file again as .docx.`);
  }
  const lines: TranscriptLine[] = [];
  collectParagraphs(body, (paragraph) => {
    const isHeading = /^(?:heading|title|subtitle)/i.test(paragraphStyle(paragraph) ?? '');
    for (const text of paragraphText(paragraph).split('\n')) lines.push({ text, isHeading });
  });
  return lines;
}

function readDocumentXml(bytes: Uint8Array, fileName: string): XmlElement {
  try {
    const zip = openZip(bytes, { maxArchiveBytes: DOCX_LIMITS.maxArchiveBytes, label: fileName });
    const entry = zip.find('word/document.xml');
    if (entry === undefined) {
      throw new TranscriptImportError('MISSING_DOCUMENT_XML', `${fileName} has no word/document.xml, so it is not a Word document; save it again as .docx.`);
    }
    const xml = zip.read(entry, DOCX_LIMITS.maxDocumentXmlBytes);
    return readXml(xml, { maxBytes: DOCX_LIMITS.maxDocumentXmlBytes, label: `${fileName} (word/document.xml)` });
  } catch (error) {
    if (error instanceof SafeZipError) {
      if (error.reason === 'NOT_A_ZIP') {
        throw new TranscriptImportError('NOT_A_DOCX', `${fileName} is not a Word document (.docx): it is not a zip archive. Save it again as .docx.`);
      }
      throw new TranscriptImportError(error.reason === 'TOO_LARGE' ? 'TOO_LARGE' : error.reason === 'UNSAFE_ENTRY' ? 'UNSAFE_FILE' : 'NOT_A_DOCX', error.message);
    }
    if (error instanceof SafeXmlError) {
      throw new TranscriptImportError(error.reason === 'TOO_LARGE' ? 'TOO_LARGE' : error.reason === 'FORBIDDEN_DTD' ? 'UNSAFE_FILE' : 'NOT_A_DOCX', error.message);
    }
    throw error;
  }
}

function isWord(element: XmlElement, name: string): boolean {
  return element.name === name && WORD_NAMESPACES.has(element.namespace);
}

function collectParagraphs(container: XmlElement, onParagraph: (paragraph: XmlElement) => void): void {
  for (const child of container.children) {
    if (!WORD_NAMESPACES.has(child.namespace)) continue;
    if (child.name === 'p') onParagraph(child);
    else if (BLOCK_CONTAINERS.has(child.name)) collectParagraphs(child, onParagraph);
  }
}

function paragraphStyle(paragraph: XmlElement): string | undefined {
  const properties = paragraph.children.find((child) => isWord(child, 'pPr'));
  const style = properties?.children.find((child) => isWord(child, 'pStyle'));
  return style === undefined ? undefined : wordAttribute(style, 'val');
}

/** An attribute in the Word namespace, whatever its prefix (almost always `w:`). */
function wordAttribute(element: XmlElement, localName: string): string | undefined {
  for (const [name, value] of element.attributes) if (name === localName || name.endsWith(`:${localName}`)) return value;
  return undefined;
}

function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (!WORD_NAMESPACES.has(child.namespace)) continue;
      switch (child.name) {
        case 't':
          text += child.text;
          break;
        case 'tab':
          text += '\t';
          break;
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        default:
          if (RUN_CONTAINERS.has(child.name)) walk(child);
      }
    }
  };
  walk(paragraph);
  return text;
}
