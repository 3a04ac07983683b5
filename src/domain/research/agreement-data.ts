import { AgreementInputError } from './agreement-error';

/**
 * Reliability data: several coders each assign (at most) one category label to each unit.
 * `units[u][c]` is the label coder `coders[c]` gave unit `u`; `null` means that coder did not code the unit.
 */
export interface AgreementData {
  coders: string[];
  units: Array<Array<string | null>>;
}

/**
 * Builds AgreementData from a coders × units matrix (row `c` holds every label coder `coders[c]` gave, one per unit),
 * which is how coding sheets and the CLI's CSV files are laid out. Throws AgreementInputError when the matrix is ragged
 * or the data cannot be compared (see validateAgreementData).
 */
export function agreementDataFromMatrix(
  coders: readonly string[],
  matrix: ReadonlyArray<ReadonlyArray<string | null>>,
): AgreementData {
  if (matrix.length !== coders.length) {
    throw new AgreementInputError(
      'RAGGED_ROWS',
      `There are ${coders.length} coder names but ${matrix.length} rows of codes; give exactly one row per coder.`,
    );
  }
  const firstRow = matrix[0];
  const unitCount = firstRow === undefined ? 0 : firstRow.length;
  matrix.forEach((row, coderIndex) => {
    if (row.length !== unitCount) {
      throw new AgreementInputError(
        'RAGGED_ROWS',
        `Coder "${coders[coderIndex]}" has ${row.length} codes but coder "${coders[0]}" has ${unitCount}; ` +
          'every coder needs one entry per unit (leave an entry empty when the coder did not code that unit).',
      );
    }
  });
  const units: Array<Array<string | null>> = [];
  for (let unit = 0; unit < unitCount; unit++) {
    units.push(matrix.map((row) => row[unit] ?? null));
  }
  const data: AgreementData = { coders: [...coders], units };
  validateAgreementData(data);
  return data;
}

/**
 * Checks that the data can be compared at all: at least two distinct, named coders; at least one unit; one entry per
 * coder in every unit; labels that are strings or null; and at least one unit coded by two or more coders.
 * Throws AgreementInputError with a message that says what to fix.
 */
export function validateAgreementData(data: AgreementData): void {
  const { coders, units } = data;
  if (coders.length < 2) {
    throw new AgreementInputError(
      'TOO_FEW_CODERS',
      `Agreement needs at least two coders; got ${coders.length}${coders.length === 1 ? ` ("${coders[0]}")` : ''}. ` +
        'Add the codes of a second, independent coder.',
    );
  }
  const seen = new Set<string>();
  coders.forEach((coder, index) => {
    if (typeof coder !== 'string' || coder.trim() === '') {
      throw new AgreementInputError('MISSING_CODER_NAME', `Coder ${index + 1} has no name; give every coder a name.`);
    }
    if (seen.has(coder)) {
      throw new AgreementInputError('DUPLICATE_CODER', `Coder "${coder}" appears twice; each coder must appear once.`);
    }
    seen.add(coder);
  });
  if (units.length === 0) {
    throw new AgreementInputError('NO_UNITS', 'There are no units to compare; add at least one coded unit.');
  }
  let pairableUnits = 0;
  units.forEach((unit, unitIndex) => {
    if (unit.length !== coders.length) {
      throw new AgreementInputError(
        'RAGGED_ROWS',
        `Unit ${unitIndex + 1} has ${unit.length} entries but there are ${coders.length} coders; ` +
          'every unit needs one entry per coder (null when the coder did not code it).',
      );
    }
    let coded = 0;
    for (const label of unit) {
      if (label === null) continue;
      if (typeof label !== 'string') {
        throw new AgreementInputError(
          'INVALID_LABEL',
          `Unit ${unitIndex + 1} has a code that is neither a label nor missing; use a text label or null.`,
        );
      }
      coded++;
    }
    if (coded >= 2) pairableUnits++;
  });
  if (pairableUnits === 0) {
    throw new AgreementInputError(
      'NO_PAIRABLE_UNITS',
      `None of the ${units.length} units was coded by two or more coders, so there is nothing to compare; ` +
        'have at least two coders code the same units.',
    );
  }
}
