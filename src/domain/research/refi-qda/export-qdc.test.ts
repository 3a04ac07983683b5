import { describe, expect, it } from 'vitest';
import { codebookToQdc } from './export-qdc';
import { qdcToCodebook } from './import-qdc';
import { QdaImportError } from './errors';
import { sampleQdaCodes } from './sample-project';

const CODE = 'c0000000-0000-4000-8000-000000000001';

describe('codebookToQdc', () => {
  it('writes the CodeBook root in the codebook namespace with codes nested as in the tree', () => {
    const xml = codebookToQdc(sampleQdaCodes(), { origin: 'Tandem 0.1.0' });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Tandem 0.1.0">/);
    expect(xml).toContain('name="Pricing &amp; discounts &lt;policy&gt;"');
    expect(xml).toContain('<Description>Whether marketing leads are worth a sales call.\nIncludes "MQL" talk.</Description>');
    expect(xml).not.toContain('NoteRef');
  });

  it('escapes tabs, newlines and carriage returns in attributes so they survive attribute normalisation', () => {
    const xml = codebookToQdc([{ guid: CODE, name: 'a\tb\nc\rd "e"', isCodable: true, children: [] }]);
    expect(xml).toContain('name="a&#9;b&#10;c&#13;d &quot;e&quot;"');
    expect(qdcToCodebook(xml).codebook.codes[0]?.name).toBe('a\tb\nc\rd "e"');
  });

  it('refuses an empty codebook, which the schema cannot express', () => {
    expect(() => codebookToQdc([])).toThrow('A REFI-QDA codebook needs at least one code');
  });
});

describe('qdcToCodebook', () => {
  const qdc = (body: string, ns = 'urn:QDA-XML:codebook:1.0') => `<?xml version="1.0"?><CodeBook xmlns="${ns}" origin="MAXQDA 2022">${body}</CodeBook>`;

  it('reads codes, categories, colours and descriptions, reporting code sets as a warning', () => {
    const { codebook, warnings } = qdcToCodebook(
      qdc(
        `<Codes><Code guid="{${CODE.toUpperCase()}}" name="Emotions" isCodable="0"><Description>Group</Description>` +
          `<Code guid="c0000000-0000-4000-8000-000000000002" name="Joy" isCodable="1" color="#FF0"/></Code></Codes>` +
          `<Sets><Set guid="5e700000-0000-4000-8000-000000000001" name="Positive"><MemberCode guid="c0000000-0000-4000-8000-000000000002"/></Set></Sets>`,
      ),
    );
    expect(codebook).toEqual({
      origin: 'MAXQDA 2022',
      codes: [
        {
          guid: `{${CODE.toUpperCase()}}`,
          name: 'Emotions',
          isCodable: false,
          description: 'Group',
          children: [{ guid: 'c0000000-0000-4000-8000-000000000002', name: 'Joy', isCodable: true, color: '#FF0', children: [] }],
        },
      ],
    });
    expect(warnings).toEqual([{ code: 'UNSUPPORTED_ELEMENT', message: '1 code set was not imported; Tandem has no code sets.' }]);
  });

  it('refuses a missing Codes element, an invalid isCodable, a repeated GUID and the project namespace', () => {
    const reasonOf = (xml: string) => {
      try {
        qdcToCodebook(xml);
      } catch (error) {
        return error instanceof QdaImportError ? `${error.reason}: ${error.message}` : String(error);
      }
      return 'accepted';
    };
    expect(reasonOf(qdc(''))).toBe('MISSING_ELEMENT: CodeBook has no Codes element, which the format requires.');
    expect(reasonOf(qdc(`<Codes><Code guid="${CODE}" name="A" isCodable="yes"/></Codes>`))).toContain('is "yes", which is not true or false');
    expect(reasonOf(qdc(`<Codes><Code guid="${CODE}" name="A" isCodable="true"/><Code guid="${CODE}" name="B" isCodable="true"/></Codes>`))).toMatch(/^DUPLICATE_ID/);
    expect(reasonOf(qdc('<Codes/>', 'urn:QDA-XML:project:1.0'))).toMatch(/^WRONG_ROOT: The codebook should start with <CodeBook> in namespace urn:QDA-XML:codebook:1.0/);
  });
});
