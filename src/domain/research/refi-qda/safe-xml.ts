import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describeBytes } from './limits';
import { isWellFormedUnicode } from './text-positions';
import { describeCharacter, forbiddenXmlCharacterAt } from './xml-characters';

/**
 * A defensive XML reader for documents that arrive from outside (REFI-QDA projects and codebooks, Word documents).
 * It refuses anything with a DOCTYPE, so no entity can be declared (no "billion laughs" expansion, no external
 * entity reading a local file); it resolves only the five predefined entities and character references itself;
 * it caps size and nesting depth; and it resolves namespaces, returning a small element tree.
 */

export type SafeXmlErrorReason = 'TOO_LARGE' | 'FORBIDDEN_DTD' | 'MALFORMED' | 'ENCODING';

export class SafeXmlError extends Error {
  readonly reason: SafeXmlErrorReason;

  constructor(reason: SafeXmlErrorReason, message: string) {
    super(message);
    this.name = 'SafeXmlError';
    this.reason = reason;
  }
}

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI, '' when the element is in no namespace. */
  namespace: string;
  /** Attribute values by the name as written (`guid`, `xml:space`), references resolved, whitespace normalised. */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The character data directly inside the element (text and CDATA), references resolved. */
  text: string;
  /** Where the element sits, for messages: `Project/Sources/TextSource[2]`. */
  path: string;
}

export interface ReadXmlOptions {
  maxBytes: number;
  /** Names the document in messages, e.g. `project.qde`. */
  label: string;
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 256;
const ACCEPTED_ENCODINGS = new Set(['utf-8', 'utf8', 'utf-16', 'utf-16le', 'utf-16be', 'us-ascii', 'ascii']);
const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
  // The tree builder enforces the (lower) depth limit with a clearer message; this is the parser's own backstop.
  maxNestedTags: 1024,
});

type OrderedNode = Record<string, unknown>;

export function readXml(input: string | Uint8Array, options: ReadXmlOptions): XmlElement {
  const { label } = options;
  const size = typeof input === 'string' ? utf8Length(input) : input.length;
  if (size > options.maxBytes) {
    throw new SafeXmlError('TOO_LARGE', `${label} is ${describeBytes(size)}, over the ${describeBytes(options.maxBytes)} limit.`);
  }
  const xml = normaliseLineEnds(typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeXmlBytes(input, label));
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new SafeXmlError(
      'FORBIDDEN_DTD',
      `${label} contains a DOCTYPE or ENTITY declaration. These files never need one and it can hide entity-expansion ` +
        'or external-file attacks, so the file was refused; export it again from the original tool.',
    );
  }
  checkCharacters(xml, label);
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    throw new SafeXmlError('MALFORMED', `${label} is not well-formed XML (line ${line}): ${msg}`);
  }
  let nodes: unknown;
  try {
    nodes = parser.parse(xml);
  } catch (error) {
    throw new SafeXmlError('MALFORMED', `${label} could not be read as XML: ${(error as Error).message}`);
  }
  const roots = topLevelElements(nodes as OrderedNode[], label);
  if (roots.length !== 1) {
    throw new SafeXmlError('MALFORMED', `${label} must have exactly one root element, found ${roots.length}.`);
  }
  const converter = new TreeBuilder(label, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  return converter.element(roots[0] as OrderedNode, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), '', 1, 1);
}

function topLevelElements(nodes: OrderedNode[], label: string): OrderedNode[] {
  const elements: OrderedNode[] = [];
  for (const node of nodes) {
    if ('#text' in node) {
      if (String(node['#text']).trim() !== '') throw new SafeXmlError('MALFORMED', `${label} has text outside its root element.`);
    } else if (!('#cdata' in node)) {
      elements.push(node);
    }
  }
  return elements;
}

class TreeBuilder {
  constructor(
    private readonly label: string,
    private readonly maxDepth: number,
  ) {}

  element(node: OrderedNode, parentScope: ReadonlyMap<string, string>, parentPath: string, index: number, depth: number): XmlElement {
    const qualifiedName = Object.keys(node).find((key) => key !== ':@') as string;
    const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
    const attributes = new Map<string, string>();
    for (const [name, raw] of Object.entries(rawAttributes)) {
      // XML attribute-value normalisation: literal tabs and newlines read as spaces; references keep theirs.
      attributes.set(name, this.decode(String(raw).replace(/[\t\n]/g, ' '), `${parentPath}/${qualifiedName}@${name}`));
    }
    const scope = this.scopeWith(parentScope, attributes);
    const [prefix, localName] = splitName(qualifiedName);
    const namespace = scope.get(prefix) ?? (prefix === '' ? '' : undefined);
    const path = parentPath === '' ? localName : `${parentPath}/${localName}[${index}]`;
    if (namespace === undefined) throw new SafeXmlError('MALFORMED', `${this.label}: ${path} uses the undeclared prefix "${prefix}".`);
    if (depth > this.maxDepth) {
      throw new SafeXmlError('MALFORMED', `${this.label} nests elements more than ${this.maxDepth} levels deep (at ${path}).`);
    }
    const children: XmlElement[] = [];
    const seen = new Map<string, number>();
    let text = '';
    for (const child of (node[qualifiedName] ?? []) as OrderedNode[]) {
      if ('#text' in child) {
        text += this.decode(String(child['#text']), path);
      } else if ('#cdata' in child) {
        text += ((child['#cdata'] ?? []) as OrderedNode[]).map((part) => String(part['#text'] ?? '')).join('');
      } else {
        const childName = splitName(Object.keys(child).find((key) => key !== ':@') as string)[1];
        const childIndex = (seen.get(childName) ?? 0) + 1;
        seen.set(childName, childIndex);
        children.push(this.element(child, scope, path, childIndex, depth + 1));
      }
    }
    return { name: localName, namespace, attributes, children, text, path };
  }

  private scopeWith(parentScope: ReadonlyMap<string, string>, attributes: Map<string, string>): ReadonlyMap<string, string> {
    let scope: Map<string, string> | undefined;
    for (const [name, value] of attributes) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        scope ??= new Map(parentScope);
        scope.set(name === 'xmlns' ? '' : name.slice('xmlns:'.length), value);
      }
    }
    return scope ?? parentScope;
  }

  private decode(raw: string, where: string): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&(?:(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);)?/g, (_match, reference: string | undefined) => {
      if (reference === undefined) throw new SafeXmlError('MALFORMED', `${this.label}: a bare "&" at ${where}; write it as &amp;.`);
      if (!reference.startsWith('#')) {
        const replacement = PREDEFINED_ENTITIES[reference];
        if (replacement === undefined) {
          throw new SafeXmlError('MALFORMED', `${this.label}: the entity &${reference}; at ${where} is not declared.`);
        }
        return replacement;
      }
      const codePoint = reference.startsWith('#x') ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
      if (!isXmlCharacter(codePoint)) {
        throw new SafeXmlError('MALFORMED', `${this.label}: &${reference}; at ${where} is not a character XML allows.`);
      }
      return String.fromCodePoint(codePoint);
    });
  }
}

function splitName(qualifiedName: string): [string, string] {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? ['', qualifiedName] : [qualifiedName.slice(0, colon), qualifiedName.slice(colon + 1)];
}

function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function checkCharacters(xml: string, label: string): void {
  const forbidden = forbiddenXmlCharacterAt(xml);
  if (forbidden >= 0) {
    const line = xml.slice(0, forbidden).split('\n').length;
    throw new SafeXmlError('MALFORMED', `${label} contains the character ${describeCharacter(xml, forbidden)} (line ${line}), which XML does not allow.`);
  }
  if (!isWellFormedUnicode(xml)) throw new SafeXmlError('MALFORMED', `${label} contains a broken (unpaired) UTF-16 surrogate.`);
}

/** XML end-of-line handling: CR LF and lone CR read as LF. */
function normaliseLineEnds(xml: string): string {
  return xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml;
}

/** Decodes by byte-order mark (UTF-8, UTF-16 LE/BE), otherwise as strict UTF-8; refuses other declared encodings. */
export function decodeXmlBytes(bytes: Uint8Array, label: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SafeXmlError('ENCODING', `${label} is not valid UTF-8 (or UTF-16 with a byte-order mark); save it as UTF-8.`);
  }
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1]?.toLowerCase();
  if (declared !== undefined && !ACCEPTED_ENCODINGS.has(declared)) {
    throw new SafeXmlError('ENCODING', `${label} declares the encoding "${declared}"; only UTF-8 and UTF-16 are read.`);
  }
  return text;
}

/** The UTF-8 size of a string, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
