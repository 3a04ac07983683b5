/**
 * Has coding reached saturation, i.e. do new interviews still add new codes?
 *
 * newCodesPerInterview gives the plain curve: the codes each interview adds, in coding order.
 * assessSaturation applies the base / run / new-information-threshold method of Guest, Namey & Chen (2020), "A simple
 * method to assess and report thematic saturation in qualitative research", PLoS ONE 15(5): e0232076:
 * - the base is the first `baseSize` interviews (default 4); its unique codes are the denominator;
 * - a run is `runLength` consecutive interviews after the base (default 2); runs start one interview apart;
 * - a run's new information is the number of codes first seen in that run, as a percentage of the base's codes;
 * - saturation is reached at the end of the first run whose new information is at or below the threshold (≤5%).
 * With `rollingBase` the base is instead the `baseSize` interviews just before each run.
 */
import { CodingInputError } from './codings';

export interface InterviewCodes {
  interviewId: string;
  codeIds: readonly string[];
}

export interface NewCodesRow {
  interviewId: string;
  /** Codes this interview used for the first time, in the order it used them. */
  newCodes: string[];
  /** Distinct codes used so far, this interview included. */
  cumulativeCodes: number;
}

export interface SaturationOptions {
  baseSize?: number;
  runLength?: number;
  /** New-information threshold in percent: a run at or below it shows saturation. Default 5. */
  thresholdPercent?: number;
  rollingBase?: boolean;
}

export interface SaturationRun {
  /** Interview numbers count from 1, in coding order. */
  firstInterview: number;
  lastInterview: number;
  interviewIds: string[];
  baseFirstInterview: number;
  baseLastInterview: number;
  baseCodes: number;
  /** Codes first seen in this run. */
  newCodes: string[];
  /** newCodes as a percentage of baseCodes; null when the base has no codes. */
  newInformationPercent: number | null;
  withinThreshold: boolean;
}

export interface SaturationAssessment {
  baseSize: number;
  runLength: number;
  thresholdPercent: number;
  rollingBase: boolean;
  perInterview: NewCodesRow[];
  runs: SaturationRun[];
  saturated: boolean;
  /** The last interview of the first run within the threshold. */
  saturationAt: { interviewNumber: number; interviewId: string } | null;
  confirmingRun: SaturationRun | null;
  /** When not saturated: the fewest further interviews that could show saturation if they add no new codes. */
  interviewsStillNeeded: number;
  verdict: string;
}

/** The codes each interview adds, in coding order, and the running total of distinct codes. */
export function newCodesPerInterview(interviews: readonly InterviewCodes[]): NewCodesRow[] {
  assertDistinctInterviews(interviews);
  const seen = new Set<string>();
  return interviews.map(({ interviewId, codeIds }) => {
    const newCodes = [...new Set(codeIds)].filter((codeId) => !seen.has(codeId));
    newCodes.forEach((codeId) => seen.add(codeId));
    return { interviewId, newCodes, cumulativeCodes: seen.size };
  });
}

/** Guest, Namey & Chen's (2020) saturation assessment; see the file comment for the method. */
export function assessSaturation(interviews: readonly InterviewCodes[], options: SaturationOptions = {}): SaturationAssessment {
  const baseSize = wholeNumberOption('baseSize', options.baseSize ?? 4);
  const runLength = wholeNumberOption('runLength', options.runLength ?? 2);
  const thresholdPercent = options.thresholdPercent ?? 5;
  if (!(thresholdPercent >= 0 && thresholdPercent <= 100)) {
    throw new CodingInputError('INVALID_OPTION', `The new-information threshold must be a percentage from 0 to 100; got ${thresholdPercent}.`);
  }
  const rollingBase = options.rollingBase ?? false;
  const perInterview = newCodesPerInterview(interviews);
  const distinctCodes = (from: number, to: number): number => new Set(interviews.slice(from, to).flatMap((row) => row.codeIds)).size;

  const runs: SaturationRun[] = [];
  for (let start = baseSize; start + runLength <= interviews.length; start++) {
    const baseFrom = rollingBase ? start - baseSize : 0;
    const baseCodes = distinctCodes(baseFrom, baseFrom + baseSize);
    const newCodes = perInterview.slice(start, start + runLength).flatMap((row) => row.newCodes);
    runs.push({
      firstInterview: start + 1,
      lastInterview: start + runLength,
      interviewIds: interviews.slice(start, start + runLength).map((row) => row.interviewId),
      baseFirstInterview: baseFrom + 1,
      baseLastInterview: baseFrom + baseSize,
      baseCodes,
      newCodes,
      newInformationPercent: baseCodes === 0 ? null : (newCodes.length / baseCodes) * 100,
      // Compared in whole numbers so that e.g. 1 new code of 20 is exactly 5%.
      withinThreshold: baseCodes > 0 && newCodes.length * 100 <= thresholdPercent * baseCodes,
    });
  }
  const confirmingRun = runs.find((run) => run.withinThreshold) ?? null;
  const saturationAt = confirmingRun
    ? { interviewNumber: confirmingRun.lastInterview, interviewId: confirmingRun.interviewIds[runLength - 1] as string }
    : null;
  const settings = { baseSize, runLength, thresholdPercent, rollingBase };
  const interviewsStillNeeded = confirmingRun ? 0 : stillNeeded(perInterview, runs, settings);
  return {
    ...settings,
    perInterview,
    runs,
    saturated: confirmingRun !== null,
    saturationAt,
    confirmingRun,
    interviewsStillNeeded,
    verdict: verdictOf(interviews.length, runs, confirmingRun, interviewsStillNeeded, settings),
  };
}

interface Settings {
  baseSize: number;
  runLength: number;
  thresholdPercent: number;
  rollingBase: boolean;
}

/**
 * The fewest further interviews after which a run could be within the threshold, assuming they add no new codes:
 * a run that starts among the interviews already coded still carries the new codes found there.
 */
function stillNeeded(perInterview: NewCodesRow[], runs: SaturationRun[], settings: Settings): number {
  const { baseSize, runLength, thresholdPercent } = settings;
  const coded = perInterview.length;
  if (coded < baseSize + runLength) return baseSize + runLength - coded;
  const baseCodes = runs[runs.length - 1]?.baseCodes ?? 0;
  if (baseCodes === 0) return runLength;
  const allowed = Math.floor((thresholdPercent * baseCodes) / 100);
  for (let more = 1; more < runLength; more++) {
    const carried = perInterview.slice(coded + more - runLength).reduce((sum, row) => sum + row.newCodes.length, 0);
    if (carried <= allowed) return more;
  }
  return runLength;
}

function verdictOf(
  coded: number,
  runs: SaturationRun[],
  confirmingRun: SaturationRun | null,
  stillNeededCount: number,
  { baseSize, runLength, thresholdPercent, rollingBase }: Settings,
): string {
  const method = `base ${baseSize} + run ${runLength}`;
  // A threshold computed as 0.07 * 100 arrives as 7.000000000000001; show it as 7.
  const threshold = Number(thresholdPercent.toFixed(2));
  const interviewsWord = (count: number): string => `${count} interview${count === 1 ? '' : 's'}`;
  const codesWord = (count: number): string => `${count} code${count === 1 ? '' : 's'}`;
  const range = (first: number, last: number): string => (first === last ? `interview ${first}` : `interviews ${first}–${last}`);
  const baseText = (run: SaturationRun): string =>
    `the ${rollingBase ? `${baseSize} interviews before it (${range(run.baseFirstInterview, run.baseLastInterview)})` : `base (${range(1, baseSize)})`}`;

  if (confirmingRun) {
    const percent = formatPercent(confirmingRun.newInformationPercent ?? 0, thresholdPercent);
    return (
      `Saturation reached at interview ${confirmingRun.lastInterview} (${method}, ${percent} new information ≤ ${threshold}%): ` +
      `${range(confirmingRun.firstInterview, confirmingRun.lastInterview)} added ${codesWord(confirmingRun.newCodes.length)} ` +
      `not seen before, against ${codesWord(confirmingRun.baseCodes)} in ${baseText(confirmingRun)}.`
    );
  }
  if (coded < baseSize + runLength) {
    return (
      `Not yet: this check needs a base of ${interviewsWord(baseSize)} and a run of ${runLength} more, so at least ` +
      `${interviewsWord(baseSize + runLength)}; ${coded} ${coded === 1 ? 'is' : 'are'} coded so far. Code ${stillNeededCount} more.`
    );
  }
  const latest = runs[runs.length - 1] as SaturationRun;
  if (latest.newInformationPercent === null) {
    return `Not yet: ${baseText(latest)} has no codes, so there is nothing to compare new codes with. Code those interviews first.`;
  }
  const allowed = Math.floor((thresholdPercent * latest.baseCodes) / 100);
  return (
    `Not yet saturated: the latest run (${range(latest.firstInterview, latest.lastInterview)}) added ` +
    `${codesWord(latest.newCodes.length)} not seen before, ${formatPercent(latest.newInformationPercent, thresholdPercent)} ` +
    `of the ${codesWord(latest.baseCodes)} in ${baseText(latest)}, above the ≤${threshold}% threshold. ` +
    `Saturation needs a run of ${interviewsWord(runLength)} that adds ${allowed === 0 ? 'no new codes' : `at most ${codesWord(allowed)}`}; ` +
    `code at least ${stillNeededCount} more ${stillNeededCount === 1 ? 'interview' : 'interviews'} and check again.`
  );
}

/** Whole percent, unless rounding would hide which side of the threshold the value is on (5.4% vs ≤5%). */
function formatPercent(value: number, thresholdPercent: number): string {
  for (const digits of [0, 1, 2]) {
    const shown = Number(value.toFixed(digits));
    if (shown <= thresholdPercent === value <= thresholdPercent) return `${value.toFixed(digits)}%`;
  }
  return `${value.toFixed(3)}%`;
}

function wholeNumberOption(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 1) return value;
  throw new CodingInputError('INVALID_OPTION', `${name} must be a whole number of interviews, 1 or more; got ${value}.`);
}

function assertDistinctInterviews(interviews: readonly InterviewCodes[]): void {
  const seen = new Set<string>();
  for (const { interviewId } of interviews) {
    if (seen.has(interviewId)) {
      throw new CodingInputError('DUPLICATE_ID', `Interview "${interviewId}" appears twice; list each interview once, in the order it was coded.`);
    }
    seen.add(interviewId);
  }
}
