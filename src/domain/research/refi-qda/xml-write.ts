import { QdaExportError } from './errors';
import { isWellFormedUnicode } from './text-positions';
import { describeCharacter, forbiddenXmlCharacterAt } from './xml-characters';

/**
 * A minimal XML writer: elements are built as plain data in schema order and serialised with every character
 * escaped so that a conforming parser reads back exactly the original string — including tabs, newlines and
 * carriage returns inside attributes, which XML would otherwise turn into spaces.
 */

export interface XmlNode {
  name: string;
  /** In schema order; undefined values are left out. */
  attributes: ReadonlyArray<readonly [string, string | undefined]>;
  children: XmlNode[];
  /** Character content; an element has either text or children. */
  text?: string;
}

export function element(
  name: string,
  attributes: ReadonlyArray<readonly [string, string | undefined]>,
  content: XmlNode[] | string = [],
): XmlNode {
  return typeof content === 'string' ? { name, attributes, children: [], text: content } : { name, attributes, children: content };
}

/** An element for each present value, e.g. an optional `<Description>`. */
export function optionalTextElement(name: string, text: string | undefined): XmlNode[] {
  return text === undefined ? [] : [element(name, [], text)];
}

/** A container element (`<Codes>`, `<Users>`) only when it has something in it: the schema requires at least one. */
export function optionalContainer(name: string, children: XmlNode[]): XmlNode[] {
  return children.length === 0 ? [] : [element(name, [], children)];
}


export function serialiseXml(root: XmlNode, namespace: string): string {
  const withNamespace: XmlNode = { ...root, attributes: [['xmlns', namespace], ...root.attributes] };
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  writeNode(withNamespace, 0, lines);
  return `${lines.join('\n')}\n`;
}

function writeNode(node: XmlNode, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = node.attributes
    .filter((attribute): attribute is readonly [string, string] => attribute[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value, () => `${describe(node)}: attribute ${name}`)}"`)
    .join('');
  if (node.text !== undefined) {
    const text = escapeText(node.text, () => describe(node));
    lines.push(text === '' ? `${indent}<${node.name}${attributes}></${node.name}>` : `${indent}<${node.name}${attributes}>${text}</${node.name}>`);
  } else if (node.children.length === 0) {
    lines.push(`${indent}<${node.name}${attributes}/>`);
  } else {
    lines.push(`${indent}<${node.name}${attributes}>`);
    for (const child of node.children) writeNode(child, depth + 1, lines);
    lines.push(`${indent}</${node.name}>`);
  }
}

function describe(node: XmlNode): string {
  const guid = node.attributes.find(([name]) => name === 'guid')?.[1];
  const name = node.attributes.find(([attribute]) => attribute === 'name')?.[1];
  return `${node.name}${guid === undefined ? '' : ` ${guid}`}${name === undefined ? '' : ` ("${name}")`}`;
}

function checkRepresentable(value: string, where: () => string): void {
  const bad = forbiddenXmlCharacterAt(value);
  if (bad >= 0) {
    throw new QdaExportError(
      'UNREPRESENTABLE_CHARACTER',
      `${where()} contains the control character ${describeCharacter(value, bad)}, which an XML file cannot carry; remove it and export again.`,
    );
  }
  if (!isWellFormedUnicode(value)) {
    throw new QdaExportError('UNREPRESENTABLE_CHARACTER', `${where()} contains a broken (unpaired) surrogate character; fix the text and export again.`);
  }
}

export function escapeText(value: string, where: () => string): string {
  checkRepresentable(value, where);
  return value.replace(/[&<>\r]/g, (character) => ENTITY[character] as string);
}

export function escapeAttribute(value: string, where: () => string): string {
  checkRepresentable(value, where);
  return value.replace(/[&<>"\t\n\r]/g, (character) => ENTITY[character] as string);
}

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
