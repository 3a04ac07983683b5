import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalDigitCount, formatPortableDecimal, formatXsdDecimal, isGuid, isXsdDate, isXsdDateTime, parseXsdDecimal, parseXsdInteger } from './values';

describe('XSD value types', () => {
  it('writes every finite double as an xsd:decimal that reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatXsdDecimal(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Object.is(parseXsdDecimal(text), value)).toBe(true);
      }),
    );
    expect(formatXsdDecimal(1e21)).toBe('1000000000000000000000');
    expect(formatXsdDecimal(-1.5e-7)).toBe('-0.00000015');
    expect(formatXsdDecimal(-0)).toBe('-0');
  });

  it('writes Float values in at most 18 digits, exactly when they fit and rounded when they do not', () => {
    expect(formatPortableDecimal(3.25)).toBe('3.25');
    expect(formatPortableDecimal(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatPortableDecimal(1.234567890123457e-5)).toBe('0.000012345678901235');
    expect(formatPortableDecimal(-1e-20)).toBe('-0');
    expect(formatPortableDecimal(1234567890123.456)).toBe('1234567890123.456');
    expect(() => formatPortableDecimal(1e18)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -9.99e17, max: 9.99e17 }), (value) => {
        const text = formatPortableDecimal(value);
        expect(decimalDigitCount(text)).toBeLessThanOrEqual(18);
        expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(Math.max(Math.abs(value) * 1e-15, 1e-18));
      }),
    );
  });

  it('accepts real dates and date-times only', () => {
    expect(isXsdDate('2024-02-29')).toBe(true);
    expect(isXsdDate('2023-02-29')).toBe(false);
    expect(isXsdDate('2024-02-29Z')).toBe(true);
    expect(isXsdDateTime('2024-03-01T09:30:00Z')).toBe(true);
    expect(isXsdDateTime('2024-03-01T09:30:00.123+01:00')).toBe(true);
    expect(isXsdDateTime('2024-03-01T24:00:00')).toBe(true);
    expect(isXsdDateTime('2024-03-01 09:30:00')).toBe(false);
    expect(isXsdDateTime('2024-03-01T25:00:00Z')).toBe(false);
    expect(isXsdDateTime('0000-01-01T00:00:00Z')).toBe(false);
  });

  it('reads integers within JavaScript’s safe range and GUIDs in the two spellings REFI-QDA allows', () => {
    expect(parseXsdInteger(' +42 ')).toBe(42);
    expect(parseXsdInteger('9007199254740993')).toBeUndefined();
    expect(parseXsdInteger('4.0')).toBeUndefined();
    expect(isGuid('6F1C2A3B-4D5E-4F60-8A7B-000000000001')).toBe(true);
    expect(isGuid('{6f1c2a3b-4d5e-4f60-8a7b-000000000001}')).toBe(true);
    expect(isGuid('6f1c2a3b4d5e4f608a7b000000000001')).toBe(false);
  });
});
