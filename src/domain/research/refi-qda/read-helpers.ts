import { QdaImportError } from './errors';
import type { QdaImportErrorReason } from './errors';
import { SafeXmlError } from './safe-xml';
import type { XmlElement } from './safe-xml';
import { SafeZipError } from './safe-zip';
import { isGuid, isRgbColor, isXsdDateTime, parseXsdBoolean, parseXsdInteger } from './values';

/** Reading helpers over the element tree of a REFI-QDA document; every failure is a QdaImportError naming the element. */

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child) => child.name === name && child.namespace === parent.namespace);
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((child) => child.name === name && child.namespace === parent.namespace);
}

export function requireChild(parent: XmlElement, name: string): XmlElement {
  const child = firstChild(parent, name);
  if (child === undefined) throw new QdaImportError('MISSING_ELEMENT', `${parent.path} has no ${name} element, which the format requires.`);
  return child;
}

export function optionalText(parent: XmlElement, name: string): string | undefined {
  return firstChild(parent, name)?.text;
}

export function requireAttribute(element: XmlElement, name: string): string {
  const value = element.attributes.get(name);
  if (value === undefined) {
    throw new QdaImportError('MISSING_ATTRIBUTE', `${element.path} is missing its required attribute "${name}".`);
  }
  return value;
}

export function requireGuid(element: XmlElement, name = 'guid'): string {
  const value = requireAttribute(element, name).trim();
  if (!isGuid(value)) throw invalid(element, name, value, 'a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');
  return value;
}

export function optionalGuid(element: XmlElement, name: string): string | undefined {
  const value = element.attributes.get(name)?.trim();
  if (value === undefined) return undefined;
  if (!isGuid(value)) throw invalid(element, name, value, 'a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');
  return value;
}

export function optionalDateTime(element: XmlElement, name: string): string | undefined {
  const value = element.attributes.get(name)?.trim();
  if (value === undefined) return undefined;
  if (!isXsdDateTime(value)) throw invalid(element, name, value, 'an ISO 8601 date-time such as 2024-03-01T09:30:00Z');
  return value;
}

export function optionalColor(element: XmlElement, name: string): string | undefined {
  const value = element.attributes.get(name)?.trim();
  if (value === undefined) return undefined;
  if (!isRgbColor(value)) throw invalid(element, name, value, 'a colour such as #3366cc');
  return value;
}

export function requireBoolean(element: XmlElement, name: string): boolean {
  const value = parseXsdBoolean(requireAttribute(element, name));
  if (value === undefined) throw invalid(element, name, requireAttribute(element, name), 'true or false');
  return value;
}

export function requireInteger(element: XmlElement, name: string): number {
  const value = parseXsdInteger(requireAttribute(element, name));
  if (value === undefined) throw invalid(element, name, requireAttribute(element, name), 'a whole number');
  return value;
}

/** Copies the attribute into `target[key]` only when present, so absent fields stay absent. */
export function assignDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function invalid(element: XmlElement, name: string, value: string, expected: string): QdaImportError {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return new QdaImportError('INVALID_VALUE', `${element.path}: attribute "${name}" is "${shown}", which is not ${expected}.`);
}

const XML_REASONS: Record<SafeXmlError['reason'], QdaImportErrorReason> = {
  TOO_LARGE: 'FILE_TOO_LARGE',
  FORBIDDEN_DTD: 'FORBIDDEN_DTD',
  MALFORMED: 'MALFORMED_XML',
  ENCODING: 'INVALID_TEXT_ENCODING',
};

const ZIP_REASONS: Record<SafeZipError['reason'], QdaImportErrorReason> = {
  TOO_LARGE: 'FILE_TOO_LARGE',
  NOT_A_ZIP: 'NOT_A_ZIP',
  UNSAFE_ENTRY: 'UNSAFE_ZIP',
  DAMAGED: 'NOT_A_ZIP',
  UNSUPPORTED: 'NOT_A_ZIP',
};

/** Runs a reading step, turning the safe readers' errors into QdaImportError with the same message. */
export function asImportErrors<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SafeXmlError) throw new QdaImportError(XML_REASONS[error.reason], error.message);
    if (error instanceof SafeZipError) throw new QdaImportError(ZIP_REASONS[error.reason], error.message);
    throw error;
  }
}

/** Checks the root element's name and namespace, saying what the file looks like when it is the other kind. */
export function expectRoot(root: XmlElement, name: string, namespace: string, label: string): void {
  if (root.name === name && root.namespace === namespace) return;
  const found = `<${root.name}>${root.namespace === '' ? ' in no namespace' : ` in namespace ${root.namespace}`}`;
  let hint = '';
  if (root.name === 'Project' && root.namespace === 'urn:QDA-XML:project:1.0') hint = ' It looks like a project: import it as a .qdpx.';
  else if (root.name === 'CodeBook' && root.namespace === 'urn:QDA-XML:codebook:1.0') hint = ' It looks like a codebook: import it as a .qdc.';
  else if (root.name === name) hint = ` Its namespace must be exactly ${namespace}.`;
  throw new QdaImportError('WRONG_ROOT', `${label} should start with <${name}> in namespace ${namespace}, but starts with ${found}.${hint}`);
}
