import type { QdaCode } from './model';
import type { XmlNode } from './xml-write';
import { element, optionalTextElement } from './xml-write';

/** NoteRef elements for an element's GUID; the codebook file (.qdc) has none. */
export type NoteRefsFor = (kind: 'code', guid: string) => XmlNode[];

/** `<Code>` elements in schema order: Description, NoteRef* (projects only), then the child codes. */
export function codeElements(codes: readonly QdaCode[], noteRefsFor?: NoteRefsFor): XmlNode[] {
  return codes.map((code) =>
    element(
      'Code',
      [
        ['guid', code.guid],
        ['name', code.name],
        ['isCodable', String(code.isCodable)],
        ['color', code.color],
      ],
      [
        ...optionalTextElement('Description', code.description),
        ...(noteRefsFor?.('code', code.guid) ?? []),
        ...codeElements(code.children, noteRefsFor),
      ],
    ),
  );
}
