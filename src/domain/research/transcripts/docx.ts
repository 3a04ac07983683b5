import { openZip } from '../refi-qda/safe-zip';
import { readXml, type XmlElement } from '../refi-qda/safe-xml';

const MAX_DOCX_BYTES = 50 * 1024 * 1024;
const MAX_DOCUMENT_XML_BYTES = 40 * 1024 * 1024;

/** The text of a Word document: one line per paragraph, tabs and line breaks kept. Throws the zip/XML readers' errors. */
export function docxText(bytes: Uint8Array, label: string): string {
  const zip = openZip(bytes, { maxArchiveBytes: MAX_DOCX_BYTES, label });
  const entry = zip.find('word/document.xml');
  if (!entry) throw new Error(`${label} is not a Word document: it has no word/document.xml.`);
  const root = readXml(zip.read(entry, MAX_DOCUMENT_XML_BYTES), { maxBytes: MAX_DOCUMENT_XML_BYTES, label: `${label} (word/document.xml)` });
  const paragraphs: string[] = [];
  const walk = (element: XmlElement) => {
    if (element.name === 'p') {
      paragraphs.push(paragraphText(element));
      return;
    }
    element.children.forEach(walk);
  };
  walk(root);
  return paragraphs.join('\n');
}

function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const walk = (element: XmlElement) => {
    if (element.name === 't') text += element.text;
    else if (element.name === 'tab') text += '\t';
    else if (element.name === 'br' || element.name === 'cr') text += '\n';
    else element.children.forEach(walk);
  };
  paragraph.children.forEach(walk);
  return text;
}
