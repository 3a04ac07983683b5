/**
 * The XSD simple types REFI-QDA uses, as checks (for values in the model) and parsers (for attribute and element
 * text read from a file). Parsers take the raw lexical form; XSD collapses whitespace for every type here except
 * xsd:string, so they trim first.
 */

const GUID_PATTERN =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const RGB_PATTERN = /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const DATE_PART = String.raw`(-?(?:[1-9]\d{4,}|\d{4}))-(\d{2})-(\d{2})`;
const TIMEZONE = String.raw`(Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?`;
const DATE_PATTERN = new RegExp(`^${DATE_PART}${TIMEZONE}$`);
const DATE_TIME_PATTERN = new RegExp(String.raw`^${DATE_PART}T(\d{2}):(\d{2}):(\d{2})(\.\d+)?${TIMEZONE}$`);
const INTEGER_PATTERN = /^[+-]?\d+$/;
const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}

/** The form used to match a reference to its target: lower case, braces dropped. */
export function guidKey(guid: string): string {
  return guid.replace(/[{}]/g, '').toLowerCase();
}

export function isRgbColor(value: string): boolean {
  return RGB_PATTERN.test(value);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isRealDay(yearText: string, monthText: string, dayText: string): boolean {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  // XSD 1.0 has no year 0000.
  if (year === 0 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= daysInMonth;
}

/** xsd:date, e.g. `2024-02-29` (optionally with a time zone). */
export function isXsdDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  return match !== null && isRealDay(match[1] as string, match[2] as string, match[3] as string);
}

/** xsd:dateTime, e.g. `2024-03-01T09:30:00Z`, `2024-03-01T09:30:00.123+01:00` or `2024-03-01T24:00:00`. */
export function isXsdDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  if (match === null || !isRealDay(match[1] as string, match[2] as string, match[3] as string)) return false;
  const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (hours === 24) return minutes === 0 && seconds === 0 && !/[1-9]/.test(match[7] ?? '');
  return hours < 24 && minutes < 60 && seconds < 60;
}

/** xsd:boolean: true, false, 1 or 0. undefined when the text is none of them. */
export function parseXsdBoolean(text: string): boolean | undefined {
  const value = text.trim();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/** xsd:integer within JavaScript's safe integers; undefined otherwise. */
export function parseXsdInteger(text: string): number | undefined {
  const value = text.trim();
  if (!INTEGER_PATTERN.test(value)) return undefined;
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

/** xsd:decimal (no exponent, no INF/NaN) as the nearest double; undefined otherwise. */
export function parseXsdDecimal(text: string): number | undefined {
  const value = text.trim();
  if (!DECIMAL_PATTERN.test(value)) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * Writes a finite number as xsd:decimal, which has no exponent form: 1e21 becomes `1000000000000000000000` and
 * 1.5e-7 becomes `0.00000015`. The digits are those of `String(value)`, the shortest form that reads back as the
 * same double, so `parseXsdDecimal(formatXsdDecimal(x)) === x` (including -0).
 */
export function formatXsdDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no xsd:decimal form`);
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + exponent;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/** XSD processors must support decimals of at least 18 digits (libxml2 stops at 24); Tandem writes no more. */
export const PORTABLE_DECIMAL_DIGITS = 18;

/** The digits an xsd:decimal lexical form uses: integer digits after leading zeros, plus every fraction digit. */
export function decimalDigitCount(text: string): number {
  const [whole = '', fraction = ''] = text.replace(/^[+-]/, '').split('.');
  return whole.replace(/^0+/, '').length + fraction.length;
}

/** True when a number is small enough in magnitude to be written in 18 decimal digits. */
export function fitsPortableDecimal(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < 10 ** PORTABLE_DECIMAL_DIGITS;
}

/**
 * A Float variable's value as xsd:decimal in at most 18 digits, so every schema validator accepts it: exact when the
 * shortest form fits (3.25, 0.1, 1234567.891), otherwise rounded to the fraction digits left (1.2345678901234567e-5
 * becomes 0.000012345678901235 and 1e-20 becomes 0). Throws RangeError at 1e18 and beyond.
 */
export function formatPortableDecimal(value: number): string {
  if (!fitsPortableDecimal(value)) throw new RangeError(`${value} needs more than ${PORTABLE_DECIMAL_DIGITS} digits`);
  const exact = formatXsdDecimal(value);
  if (decimalDigitCount(exact) <= PORTABLE_DECIMAL_DIGITS) return exact;
  const wholeDigits = Math.trunc(Math.abs(value)).toString().replace(/^0+/, '').length;
  const rounded = value.toFixed(PORTABLE_DECIMAL_DIGITS - wholeDigits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return rounded;
}
