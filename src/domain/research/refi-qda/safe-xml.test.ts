import { describe, expect, it } from 'vitest';
import { readXml, SafeXmlError } from './safe-xml';

const read = (xml: string | Uint8Array, maxBytes = 10_000) => readXml(xml, { maxBytes, label: 'test.xml' });

function failure(xml: string | Uint8Array, maxBytes?: number): SafeXmlError {
  try {
    read(xml, maxBytes);
  } catch (error) {
    if (error instanceof SafeXmlError) return error;
    throw error;
  }
  throw new Error('expected the XML to be refused');
}

describe('readXml', () => {
  it('resolves namespaces, prefixes included, and records where each element sits', () => {
    const root = read('<q:Project xmlns:q="urn:x" xmlns="urn:default"><q:Users><q:User guid="1"/><q:User guid="2"/></q:Users><Other/></q:Project>');
    expect(root).toMatchObject({ name: 'Project', namespace: 'urn:x', path: 'Project' });
    const [users, other] = root.children;
    expect(users?.children.map((user) => [user.path, user.attributes.get('guid')])).toEqual([
      ['Project/Users[1]/User[1]', '1'],
      ['Project/Users[1]/User[2]', '2'],
    ]);
    expect(other).toMatchObject({ name: 'Other', namespace: 'urn:default' });
  });

  it('resolves the predefined entities and character references in text and attributes, keeping CDATA as written', () => {
    const root = read('<a title="x &amp; y&#10;z&#x9;"> 1 &lt; 2 &#128512; <![CDATA[&amp; <raw>]]> </a>');
    expect(root.text).toBe(' 1 < 2 😀 &amp; <raw> ');
    expect(root.attributes.get('title')).toBe('x & y\nz\t');
  });

  it('normalises literal tabs and newlines in attributes to spaces, as XML requires', () => {
    expect(read('<a title="x\ty\r\nz"/>').attributes.get('title')).toBe('x y z');
  });

  it('decodes UTF-8 with or without a BOM and UTF-16 with one', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<a>é</a>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(read(utf16).text).toBe('é');
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>ü</a>')])).text).toBe('ü');
  });

  it('refuses DOCTYPE and ENTITY declarations before parsing anything', () => {
    expect(failure('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>').reason).toBe('FORBIDDEN_DTD');
    expect(failure('<!doctype a SYSTEM "file:///etc/passwd"><a/>').reason).toBe('FORBIDDEN_DTD');
  });

  it('refuses undeclared entities, bare ampersands, forbidden characters and references to them', () => {
    expect(failure('<a>&nbsp;</a>').message).toContain('the entity &nbsp; at a is not declared');
    expect(failure('<a>fish & chips</a>')).toMatchObject({ reason: 'MALFORMED', message: expect.stringContaining("char '&' is not expected") });
    expect(failure('<a>\u0001</a>').message).toContain('U+0001');
    expect(failure('<a>&#0;</a>').message).toContain('is not a character XML allows');
  });

  it('refuses malformed XML, several roots and undeclared prefixes', () => {
    expect(failure('<a><b></a>').reason).toBe('MALFORMED');
    expect(failure('<a/><b/>').message).toBe('test.xml must have exactly one root element, found 2.');
    expect(failure('<p:a/>').message).toContain('undeclared prefix "p"');
  });

  it('refuses documents over the size limit, nested too deeply, or in another declared encoding', () => {
    expect(failure('<a>0123456789</a>', 10)).toMatchObject({ reason: 'TOO_LARGE', message: 'test.xml is 17 bytes, over the 10 bytes limit.' });
    expect(failure(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`).message).toContain('more than 256 levels deep');
    const latin1 = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a/>');
    expect(failure(latin1)).toMatchObject({ reason: 'ENCODING', message: expect.stringContaining('"iso-8859-1"') });
    expect(failure(new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e])).reason).toBe('ENCODING');
  });

  it('refuses names JavaScript reserves for prototypes rather than polluting objects', () => {
    expect(failure('<a><__proto__/></a>').reason).toBe('MALFORMED');
  });
});
