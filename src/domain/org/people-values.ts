/** Reading function, level and active status from the words HR systems and people actually use. */
import type { Level, PersonFunction } from './types';

/** Lower-case, accents dropped, "-", "_", "/" and "." read as spaces, spaces collapsed: "Front-Line" → "front line". */
export function normalizeValue(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_/.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const FUNCTION_SYNONYMS: Readonly<Record<PersonFunction, readonly string[]>> = {
  sales: [
    'sales',
    'field sales',
    'inside sales',
    'direct sales',
    'enterprise sales',
    'channel sales',
    'sales development',
    'business development',
    'account management',
    'key account management',
    'commercial',
  ],
  marketing: [
    'marketing',
    'mktg',
    'mkt',
    'product marketing',
    'brand marketing',
    'brand',
    'field marketing',
    'demand generation',
    'demand gen',
    'digital marketing',
    'growth marketing',
    'content marketing',
    'partner marketing',
    'marketing communications',
    'marcom',
  ],
  other: [
    'other',
    'hr',
    'human resources',
    'people',
    'people operations',
    'finance',
    'operations',
    'ops',
    'revenue operations',
    'revops',
    'sales operations',
    'legal',
    'it',
    'information technology',
    'engineering',
    'r&d',
    'research and development',
    'product',
    'product management',
    'customer success',
    'customer support',
    'support',
    'administration',
    'general management',
    'executive office',
    'procurement',
  ],
};

export const LEVEL_SYNONYMS: Readonly<Record<Level, readonly string[]>> = {
  senior: [
    'senior',
    'executive',
    'exec',
    'leadership',
    'senior leadership',
    'senior management',
    'top management',
    'vp',
    'vice president',
    'svp',
    'evp',
    'c level',
    'c suite',
    'chief',
    'chief executive officer',
  ],
  middle: ['middle', 'manager', 'management', 'mid', 'mid level', 'middle management', 'senior manager', 'supervisor'],
  frontline: ['frontline', 'front line', 'individual contributor', 'ic', 'field', 'staff', 'non manager'],
};

function lookupTable<T extends string>(table: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const lookup = new Map<string, T>();
  for (const [value, synonyms] of Object.entries(table) as Array<[T, readonly string[]]>) {
    lookup.set(normalizeValue(value), value);
    for (const synonym of synonyms) lookup.set(normalizeValue(synonym), value);
  }
  return lookup;
}

const FUNCTION_LOOKUP = lookupTable(FUNCTION_SYNONYMS);
const LEVEL_LOOKUP = lookupTable(LEVEL_SYNONYMS);

/** Most cells are already plain ("Sales", "frontline"): try those cheaply before normalising (imports run this per row). */
function lookup<T>(table: ReadonlyMap<string, T>, text: string): T | undefined {
  return table.get(text) ?? table.get(text.trim().toLowerCase()) ?? table.get(normalizeValue(text));
}

/** "Field Sales" → sales, "Mktg" → marketing, "HR" → other; null when the text is not recognised. */
export function parseFunction(text: string): PersonFunction | null {
  return lookup(FUNCTION_LOOKUP, text) ?? null;
}

/**
 * "Executive" → senior, "Manager" → middle, "Individual Contributor" → frontline; null when not recognised.
 * Workday's numbered management levels ("6 Manager", "8 Individual Contributor") are read without the number.
 * "Director" is deliberately not recognised: depending on responsibilities a director is senior or middle.
 */
export function parseLevel(text: string): Level | null {
  return lookup(LEVEL_LOOKUP, text) ?? LEVEL_LOOKUP.get(normalizeValue(text).replace(/^\d+\s*[):-]?\s*/, '')) ?? null;
}

const ACTIVE_TEXTS = ['', 'yes', 'y', 'true', 't', '1', 'active', 'employed', 'current', 'onboarding'];
// People on leave are still employed and still part of the interface.
const ON_LEAVE_TEXTS = ['on leave', 'leave', 'leave of absence', 'active on leave'];
const INACTIVE_TEXTS = ['no', 'n', 'false', 'f', '0', 'inactive', 'not active', 'terminated', 'former', 'left', 'resigned', 'retired', 'offboarded'];

const ACTIVE_WORDS = new Map<string, boolean>([
  ...[...ACTIVE_TEXTS, ...ON_LEAVE_TEXTS].map((text) => [text, true] as const),
  ...INACTIVE_TEXTS.map((text) => [text, false] as const),
]);

/** Empty means active; people on leave are active. Null when the text is not recognised. */
export function parseActive(text: string): boolean | null {
  return lookup(ACTIVE_WORDS, text) ?? null;
}

export const ACCEPTED_ACTIVE_VALUES = 'yes/no, true/false, 1/0, active/inactive, terminated, on leave (active), or empty (active)';

/** local@domain.tld: one @, no spaces, a dot in the domain that neither starts nor ends it. Cheaper than a regex per row. */
export function isValidEmail(email: string): boolean {
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return false;
  const dot = email.lastIndexOf('.');
  return dot > at + 1 && dot < email.length - 1 && !/\s/.test(email);
}

export function normalizeEmail(text: string): string {
  return text.trim().toLowerCase();
}
