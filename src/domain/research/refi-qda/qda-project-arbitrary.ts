import fc from 'fast-check';
import type {
  QdaCase,
  QdaCode,
  QdaCoding,
  QdaNote,
  QdaNoteTarget,
  QdaProject,
  QdaSelection,
  QdaSource,
  QdaUser,
  QdaValue,
  QdaVariable,
  QdaVariableType,
  QdaVariableValue,
} from './model';
import { QDA_VARIABLE_TYPES } from './model';
import { codePointLength, isWellFormedUnicode } from './text-positions';
import { decimalDigitCount, formatXsdDecimal, PORTABLE_DECIMAL_DIGITS } from './values';
import { withoutForbiddenXmlCharacters } from './xml-characters';

/**
 * fast-check arbitraries for whole REFI-QDA projects whose references all resolve: a code tree, typed variables,
 * sources with Unicode text (astral characters, CR LF, control characters, a leading BOM now and then) and
 * overlapping selections coded by several users, cases, and notes on every kind of target. For property tests only.
 */

const TRICKY_CHARACTERS = ['&', '<', '>', '"', "'", '\t', '\n', '\r', '\r\n', ' ', '😀', '中', 'é', 'e\u0301', '\u00A0', '\uFEFF', ']]>'];

const anyCharacter = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_CHARACTERS), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.constantFrom('a', 'b', ' ', 'Z'), weight: 2 },
);

/** Any well-formed Unicode string, controls included. */
export const unicodeTextArbitrary = (maxLength: number) =>
  fc.string({ unit: anyCharacter, maxLength }).filter(isWellFormedUnicode);

/** A string an XML attribute or element can carry (source and note texts travel as files and may hold anything). */
export const xmlTextArbitrary = (maxLength = 12) => unicodeTextArbitrary(maxLength).map((text) => withoutForbiddenXmlCharacters(text));

const dateTimeArbitrary = fc.oneof(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('2024-02-29T23:59:59+14:00', '2019-03-18T10:00:00', '2023-06-30T12:00:00.5-05:30'),
);

const valueArbitrary: Record<QdaVariableType, fc.Arbitrary<QdaValue>> = {
  Text: xmlTextArbitrary(),
  Boolean: fc.boolean(),
  Integer: fc.maxSafeInteger(),
  // Exact round trips need values whose shortest form fits the 18 digits exports write (larger ones are rounded).
  Float: fc.oneof(
    fc.tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.nat({ max: 8 })).map(([units, places]) => units / 10 ** places),
    fc.double({ noNaN: true, min: -1e17, max: 1e17 }).filter((value) => decimalDigitCount(formatXsdDecimal(value)) <= PORTABLE_DECIMAL_DIGITS),
  ),
  Date: fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  DateTime: dateTimeArbitrary,
};

// fc.gen() caches arbitraries by factory and arguments, comparing arguments deeply; so the generator below only
// ever passes these stable, argument-free factories (or small numbers) to it.
const shortXmlText = () => xmlTextArbitrary(12);
const longXmlText = () => xmlTextArbitrary(30);
const sourceText = () => unicodeTextArbitrary(80);
const noteText = () => unicodeTextArbitrary(40);
const colour = () => fc.constantFrom('#3366cc', '#ABC', '#000000');
const variableType = () => fc.constantFrom(...QDA_VARIABLE_TYPES);
const valueFactory: Record<QdaVariableType, () => fc.Arbitrary<QdaValue>> = {
  Text: () => valueArbitrary.Text,
  Boolean: () => valueArbitrary.Boolean,
  Integer: () => valueArbitrary.Integer,
  Float: () => valueArbitrary.Float,
  Date: () => valueArbitrary.Date,
  DateTime: () => valueArbitrary.DateTime,
};
const dateTime = () => dateTimeArbitrary;

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0];

function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  const result = { ...base };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(result, { [key]: value });
  return result;
}

function guidCounter(): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    return `a1b2c3d4-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  };
}

/** Up to four top-level codes (at least `minimum`), nested up to four levels. */
function generateCodeTree(g: Gen, newGuid: () => string, minimum: number, depth = 0): QdaCode[] {
  const length = depth === 0 ? minimum + g(fc.nat, { max: 4 - minimum }) : g(fc.nat, { max: 2 });
  return Array.from({ length }, () =>
    withOptional<QdaCode>(
      {
        guid: newGuid(),
        name: g(shortXmlText),
        isCodable: g(fc.boolean),
        children: depth < 3 ? generateCodeTree(g, newGuid, 0, depth + 1) : [],
      },
      { color: g(fc.boolean) ? g(colour) : undefined, description: g(fc.boolean) ? g(longXmlText) : undefined },
    ),
  );
}

/** A non-empty code tree, as a codebook file needs. (fc.gen() values must not be filtered: a filter never retries.) */
export const qdaCodeTreeArbitrary: fc.Arbitrary<QdaCode[]> = fc.gen().map((g) => generateCodeTree(g, guidCounter(), 1));

export const qdaProjectArbitrary: fc.Arbitrary<QdaProject> = fc.gen().map((g) => {
  const newGuid = guidCounter();
  const count = (max: number) => g(fc.nat, { max });
  const maybe = <T>(factory: () => fc.Arbitrary<T>): T | undefined => (g(fc.boolean) ? g(factory) : undefined);
  const pick = <T>(items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })] as T;
  // Keeps the order of `items`, as fc.subarray would.
  const subset = <T>(items: readonly T[]): T[] => items.filter(() => g(fc.boolean));

  const users: QdaUser[] = Array.from({ length: count(3) }, () =>
    withOptional<QdaUser>({ guid: newGuid() }, { name: maybe(shortXmlText), id: maybe(shortXmlText) }),
  );
  // Creator GUIDs need not name a listed user: other tools write such files.
  const creatorGuids = [...users.map((user) => user.guid), 'f0000000-0000-4000-8000-00000000ffff'];
  const userRef = () => (g(fc.boolean) ? pick(creatorGuids) : undefined);

  const codes = generateCodeTree(g, newGuid, 0);
  const allCodes = allCodesInModelOrder(codes);

  const variables: QdaVariable[] = Array.from({ length: count(4) }, () =>
    withOptional<QdaVariable>({ guid: newGuid(), name: g(shortXmlText), typeOfVariable: g(variableType) }, { description: maybe(shortXmlText) }),
  );
  const variableValues = (): QdaVariableValue[] =>
    subset(variables).map((variable) => ({
      variableGuid: variable.guid,
      value: g(fc.boolean) ? g(valueFactory[variable.typeOfVariable]) : null,
    }));

  const coding = (): QdaCoding =>
    withOptional<QdaCoding>(
      { guid: newGuid(), codeGuid: pick(allCodes).guid },
      { creatingUser: userRef(), creationDateTime: maybe(dateTime) },
    );
  const codings = (max: number) => (allCodes.length === 0 ? [] : Array.from({ length: count(max) }, coding));

  const sources: QdaSource[] = Array.from({ length: count(3) }, () => {
    const plainText = g(sourceText);
    const length = codePointLength(plainText);
    const selections: QdaSelection[] = Array.from({ length: count(4) }, () => {
      const [start, end] = [count(length), count(length)].sort((a, b) => a - b) as [number, number];
      return withOptional<QdaSelection>(
        { guid: newGuid(), start, end, codings: codings(3) },
        { name: maybe(shortXmlText), description: maybe(shortXmlText), creatingUser: userRef(), creationDateTime: maybe(dateTime) },
      );
    });
    return withOptional<QdaSource>(
      { guid: newGuid(), plainText, selections, codings: codings(2), variableValues: variableValues() },
      { name: maybe(shortXmlText), description: maybe(shortXmlText), creatingUser: userRef(), creationDateTime: maybe(dateTime) },
    );
  });
  const selections = sources.flatMap((source) => source.selections);

  const cases: QdaCase[] = Array.from({ length: count(2) }, () =>
    withOptional<QdaCase>(
      {
        guid: newGuid(),
        codeRefs: subset(allCodes.map((code) => code.guid)),
        variableValues: variableValues(),
        sourceRefs: subset(sources.map((source) => source.guid)),
        selectionRefs: subset(selections.map((selection) => selection.guid)),
      },
      { name: maybe(shortXmlText), description: maybe(shortXmlText) },
    ),
  );

  // Every possible target in model order; a subset keeps that order.
  const targets: QdaNoteTarget[] = [
    { kind: 'project' },
    ...allCodes.map((code) => ({ kind: 'code' as const, guid: code.guid })),
    ...sources.flatMap((source) => [
      { kind: 'source' as const, guid: source.guid },
      ...source.codings.map((item) => ({ kind: 'coding' as const, guid: item.guid })),
      ...source.selections.flatMap((selection) => [
        { kind: 'selection' as const, guid: selection.guid },
        ...selection.codings.map((item) => ({ kind: 'coding' as const, guid: item.guid })),
      ]),
    ]),
  ];
  const notes: QdaNote[] = Array.from({ length: count(3) }, () =>
    withOptional<QdaNote>(
      { guid: newGuid(), text: g(noteText), targets: subset(targets) },
      { name: maybe(shortXmlText), description: maybe(shortXmlText), creatingUser: userRef(), creationDateTime: maybe(dateTime) },
    ),
  );

  return withOptional<QdaProject>(
    { name: g(shortXmlText), users, codes, variables, cases, sources, notes },
    {
      origin: maybe(shortXmlText),
      createdBy: userRef(),
      creationDateTime: maybe(dateTime),
      modifiedBy: userRef(),
      modifiedDateTime: maybe(dateTime),
      description: maybe(longXmlText),
    },
  );
});

function allCodesInModelOrder(codes: readonly QdaCode[]): QdaCode[] {
  return codes.flatMap((code) => [code, ...allCodesInModelOrder(code.children)]);
}
