import type { QdaCode } from './model';
import { assignDefined, childrenNamed, optionalColor, optionalText, requireAttribute, requireBoolean, requireGuid } from './read-helpers';
import type { XmlElement } from './safe-xml';

/** Called for each element that may carry NoteRefs, so a project reader can collect them. */
export type NoteRefCollector = (element: XmlElement, target: { kind: 'code'; guid: string }) => void;

/** The `<Code>` children of a `<Codes>` (or `<Code>`) element, depth-first, as QdaCode trees. */
export function readCodes(parent: XmlElement, collectNoteRefs?: NoteRefCollector): QdaCode[] {
  return childrenNamed(parent, 'Code').map((element) => {
    const code: QdaCode = {
      guid: requireGuid(element),
      name: requireAttribute(element, 'name'),
      isCodable: requireBoolean(element, 'isCodable'),
      children: [],
    };
    assignDefined(code, 'color', optionalColor(element, 'color'));
    assignDefined(code, 'description', optionalText(element, 'Description'));
    collectNoteRefs?.(element, { kind: 'code', guid: code.guid });
    code.children = readCodes(element, collectNoteRefs);
    return code;
  });
}
