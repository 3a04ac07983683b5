/**
 * The default order of category labels, used by ordinal statistics (weighted kappa, ordinal alpha) when the caller
 * gives no order: labels that are numbers come first, in numeric order ("2" < "10" < "10.5"); the rest follow in
 * natural order, where digit runs compare as numbers ("code 2" < "code 10") and letters compare case-insensitively.
 * Deterministic and locale-free on purpose: the same data must give the same statistic on every machine.
 */
export function naturalCategoryOrder(labels: Iterable<string>): string[] {
  return [...new Set(labels)].sort(compareCategoryLabels);
}

const NUMERIC_LABEL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a label stands for ("3", " -1.5 ", "2e3"), or null when the label is not a plain number. */
export function parseNumericLabel(label: string): number | null {
  const trimmed = label.trim();
  if (!NUMERIC_LABEL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function compareCategoryLabels(a: string, b: string): number {
  const numberA = parseNumericLabel(a);
  const numberB = parseNumericLabel(b);
  if (numberA !== null && numberB !== null) {
    return numberA - numberB || compareCodeUnits(a, b);
  }
  if (numberA !== null) return -1;
  if (numberB !== null) return 1;
  return compareNatural(a, b);
}

const TOKEN = /\d+|\D+/g;

function compareNatural(a: string, b: string): number {
  const tokensA = a.match(TOKEN) ?? [];
  const tokensB = b.match(TOKEN) ?? [];
  const length = Math.min(tokensA.length, tokensB.length);
  for (let index = 0; index < length; index++) {
    const tokenA = tokensA[index] as string;
    const tokenB = tokensB[index] as string;
    const order = isDigits(tokenA) && isDigits(tokenB) ? compareDigitRuns(tokenA, tokenB) : compareText(tokenA, tokenB);
    if (order !== 0) return order;
  }
  return tokensA.length - tokensB.length || compareCodeUnits(a, b);
}

function isDigits(token: string): boolean {
  const first = token.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** Compares digit runs by value without converting them, so runs longer than 2^53 still order correctly. */
function compareDigitRuns(a: string, b: string): number {
  const strippedA = a.replace(/^0+(?=\d)/, '');
  const strippedB = b.replace(/^0+(?=\d)/, '');
  if (strippedA.length !== strippedB.length) return strippedA.length - strippedB.length;
  return compareCodeUnits(strippedA, strippedB);
}

function compareText(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
