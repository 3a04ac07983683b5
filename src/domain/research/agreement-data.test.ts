import { describe, expect, it } from 'vitest';
import { agreementDataFromMatrix, validateAgreementData } from './agreement-data';
import { AgreementInputError } from './agreement-error';

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof AgreementInputError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('agreementDataFromMatrix', () => {
  it('turns rows of coders into units with one entry per coder', () => {
    const data = agreementDataFromMatrix(['ann', 'bob'], [
      ['a', 'b', null],
      ['a', 'c', 'c'],
    ]);
    expect(data).toEqual({
      coders: ['ann', 'bob'],
      units: [
        ['a', 'a'],
        ['b', 'c'],
        [null, 'c'],
      ],
    });
  });

  it('rejects a single coder with a message that asks for a second one', () => {
    expect(() => agreementDataFromMatrix(['ann'], [['a', 'b']])).toThrow(/at least two coders; got 1 \("ann"\)/);
    expect(reasonOf(() => agreementDataFromMatrix(['ann'], [['a', 'b']]))).toBe('TOO_FEW_CODERS');
  });

  it('rejects ragged rows and names the coder whose row is off', () => {
    const ragged = () => agreementDataFromMatrix(['ann', 'bob'], [['a', 'b', 'c'], ['a', 'b']]);
    expect(ragged).toThrow(/Coder "bob" has 2 codes but coder "ann" has 3/);
    expect(reasonOf(ragged)).toBe('RAGGED_ROWS');
  });

  it('rejects a matrix whose row count differs from the number of coder names', () => {
    expect(reasonOf(() => agreementDataFromMatrix(['ann', 'bob', 'cy'], [['a'], ['a']]))).toBe('RAGGED_ROWS');
  });

  it('rejects a matrix without units', () => {
    expect(reasonOf(() => agreementDataFromMatrix(['ann', 'bob'], [[], []]))).toBe('NO_UNITS');
  });

  it('rejects data in which no unit was coded by two coders', () => {
    const unpaired = () => agreementDataFromMatrix(['ann', 'bob'], [['a', null], [null, 'b']]);
    expect(unpaired).toThrow(/None of the 2 units was coded by two or more coders/);
    expect(reasonOf(unpaired)).toBe('NO_PAIRABLE_UNITS');
  });
});

describe('validateAgreementData', () => {
  it('accepts data with missing codes as long as one unit is pairable', () => {
    expect(() => validateAgreementData({ coders: ['a', 'b', 'c'], units: [['x', null, 'x'], [null, null, 'y']] })).not.toThrow();
  });

  it('rejects a unit with the wrong number of entries', () => {
    const data = { coders: ['a', 'b'], units: [['x', 'x'], ['x']] };
    expect(() => validateAgreementData(data)).toThrow(/Unit 2 has 1 entries but there are 2 coders/);
  });

  it('rejects duplicate and blank coder names', () => {
    expect(reasonOf(() => validateAgreementData({ coders: ['a', 'a'], units: [['x', 'x']] }))).toBe('DUPLICATE_CODER');
    expect(reasonOf(() => validateAgreementData({ coders: ['a', ' '], units: [['x', 'x']] }))).toBe('MISSING_CODER_NAME');
  });

  it('rejects codes that are neither text nor null', () => {
    const data = { coders: ['a', 'b'], units: [['x', 3 as unknown as string]] };
    expect(reasonOf(() => validateAgreementData(data))).toBe('INVALID_LABEL');
  });

  it('marks every validation error as invalid input', () => {
    try {
      validateAgreementData({ coders: [], units: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AgreementInputError);
      expect((error as AgreementInputError).code).toBe('INVALID_INPUT');
    }
  });
});
