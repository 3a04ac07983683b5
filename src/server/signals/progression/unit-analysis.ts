/**
 * One unit's progression: its weekly scores of the three dysfunctions, both methods of the domain (lagged
 * cross-correlation and onset ordering), and the earliest-moving dysfunction they agree on, with a one-line reading.
 * The series start at the unit's first week with any data, so weeks before an org's history began are not read as
 * "no contact".
 */
import { unitDysfunctionSeries } from '../../../domain/signals/dysfunction-scores';
import type { WeeklySeries } from '../../../domain/signals/indicator-series';
import { onsetProgression, type OnsetProgression } from '../../../domain/signals/onset-order';
import { detectProgression, type Dysfunction, type UnitProgression } from '../../../domain/signals/progression';
import type { UnitProgressionView } from '../../../shared/signals-progression';

export const MAX_LAG = 4;
/** What `detectProgression` needs for lags up to MAX_LAG. */
export const MIN_WEEKS = 4 * MAX_LAG + 8;

export const DYSFUNCTION_WORDS: Record<Dysfunction, string> = {
  communication_paucity: 'communication paucity',
  lack_of_collaboration: 'lack of collaboration',
  overt_conflict: 'overt conflict',
};

export interface UnitIndicators {
  crossContacts: number[];
  promisesClosed: number[];
  promisesBroken: number[];
  incidents: number[];
}

export interface UnitAnalysis {
  view: UnitProgressionView;
  indicators: UnitIndicators | null;
}

const empty = { weeks: [], scores: null, correlation: null, onsets: null, earliest: null };

export function suppressedUnit(unit: string, minimum: number): UnitAnalysis {
  return {
    view: { unit, status: 'suppressed', people: null, suppressed: true, message: `Fewer than ${minimum} people: not shown, to protect individuals.`, ...empty },
    indicators: null,
  };
}

/** A stable seed per unit, so the same data always gives the same surrogates and bootstrap draws. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export function analyseUnit(unit: string, people: number, series: readonly WeeklySeries[], options: { surrogates?: number } = {}): UnitAnalysis {
  const own = series.filter((one) => one.key.scope === 'unit' && one.key.unit === unit);
  const pick = (indicator: WeeklySeries['key']['indicator']) => own.find((one) => one.key.indicator === indicator);
  const contacts = pick('cross_contacts');
  const promises = pick('promises_broken');
  const incidents = pick('conflict_incidents');
  const length = (contacts ?? incidents)?.weeks.length ?? 0;
  const zeros = () => new Array<number>(length).fill(0);
  const indicators: UnitIndicators = {
    crossContacts: contacts ? [...contacts.numerators] : zeros(),
    promisesClosed: promises ? [...promises.denominators] : zeros(),
    promisesBroken: promises ? [...promises.numerators] : zeros(),
    incidents: incidents ? [...incidents.numerators] : zeros(),
  };
  const first = firstWeekWithData(indicators);
  const base = { unit, people, suppressed: false };
  if (!contacts || first === -1) {
    return { view: { ...base, status: 'too_short', message: 'No cross-function contacts recorded in these weeks: import interaction events to analyse this unit.', ...empty }, indicators };
  }
  const weeksWithData = length - first;
  if (weeksWithData < MIN_WEEKS) {
    return {
      view: {
        ...base,
        status: 'too_short',
        message: `Only ${weeksWithData} weeks of data (since ${contacts.weeks[first]}); progression needs at least ${MIN_WEEKS}. Come back after ${MIN_WEEKS - weeksWithData} more weeks, or import older events.`,
        ...empty,
      },
      indicators,
    };
  }
  const trimmed = own.map((one) => ({ ...one, weeks: one.weeks.slice(first), numerators: one.numerators.slice(first), denominators: one.denominators.slice(first) }));
  const [scores] = unitDysfunctionSeries(trimmed);
  if (!scores) throw new Error(`no dysfunction series for unit ${unit}`);
  const seed = seedOf(unit);
  const correlation = detectProgression(scores, { seed, maxLag: MAX_LAG, surrogates: options.surrogates });
  const onsets = onsetProgression(scores, { seed: seed ^ 0x5bd1e995 });
  const earliest = combineEarliest(correlation, onsets);
  return {
    view: {
      ...base,
      status: 'analysed',
      message: reading(earliest, correlation, onsets, scores.weeks.length),
      weeks: scores.weeks,
      scores: scores.scores,
      correlation: { leads: correlation.leads.map((lead) => ({ ...lead, correlation: Number.isFinite(lead.correlation) ? lead.correlation : null })), earliest: correlation.earliest, circular: correlation.circular, method: correlation.method },
      onsets: { onsets: onsets.onsets.map(({ index: _index, ...onset }) => onset), precedences: onsets.precedences, earliest: onsets.earliest, method: onsets.method },
      earliest,
    },
    indicators: sliceIndicators(indicators, first),
  };
}

function firstWeekWithData(indicators: UnitIndicators): number {
  const { crossContacts, promisesClosed, incidents } = indicators;
  return crossContacts.findIndex((value, t) => value > 0 || (promisesClosed[t] as number) > 0 || (incidents[t] as number) > 0);
}

const sliceIndicators = (indicators: UnitIndicators, first: number): UnitIndicators => ({
  crossContacts: indicators.crossContacts.slice(first),
  promisesClosed: indicators.promisesClosed.slice(first),
  promisesBroken: indicators.promisesBroken.slice(first),
  incidents: indicators.incidents.slice(first),
});

/**
 * Both methods must not contradict each other: a first mover named by one and not contradicted by the other is
 * reported; two different first movers are reported as a disagreement, never one picked silently.
 */
export function combineEarliest(correlation: UnitProgression, onsets: OnsetProgression): NonNullable<UnitProgressionView['earliest']> {
  const byCorrelation = correlation.earliest;
  const byOnset = onsets.earliest;
  const both = { byCorrelation, byOnset };
  if (byCorrelation && byOnset && byCorrelation !== byOnset) return { status: 'methods_disagree', dysfunction: null, ...both };
  const dysfunction = byCorrelation ?? byOnset;
  if (!dysfunction) return { status: 'none_detected', dysfunction: null, ...both };
  if (correlation.circular && byCorrelation === dysfunction) return { status: 'circular', dysfunction, ...both };
  return { status: 'detected', dysfunction, ...both };
}

function reading(earliest: NonNullable<UnitProgressionView['earliest']>, correlation: UnitProgression, onsets: OnsetProgression, weeks: number): string {
  const words = (d: Dysfunction | null) => (d ? DYSFUNCTION_WORDS[d] : 'none');
  if (earliest.status === 'none_detected') return `No dysfunction detectably moved first over these ${weeks} weeks.`;
  if (earliest.status === 'methods_disagree') {
    return `The two methods name different first movers (week-to-week changes: ${words(earliest.byCorrelation)}; onsets: ${words(earliest.byOnset)}); read both below before acting.`;
  }
  const first = earliest.dysfunction as Dysfunction;
  const Name = words(first).charAt(0).toUpperCase() + words(first).slice(1);
  const evidence: string[] = [];
  const precedence = onsets.precedences.filter((p) => p.earlier === first).sort((a, b) => b.probability - a.probability)[0];
  if (precedence) {
    evidence.push(`its onset comes ${precedence.weeksApart} weeks before ${words(precedence.later)}'s in ${Math.round(precedence.probability * 100)}% of bootstrap draws`);
  } else if (earliest.byOnset === first) {
    evidence.push('it is the only dysfunction with a clear onset');
  }
  const lead = correlation.leads.filter((l) => l.flagged && l.leader === first).sort((a, b) => a.pValue - b.pValue)[0];
  if (lead) evidence.push(`its changes lead ${words(lead.follower)}'s by ${lead.lag} week${lead.lag === 1 ? '' : 's'} (r = ${lead.correlation.toFixed(2)}, p = ${lead.pValue.toFixed(3)})`);
  const because = evidence.length > 0 ? `: ${evidence.join('; ')}` : '';
  if (earliest.status === 'circular') return `${Name} moved first in a circle of dysfunctions feeding each other${because}. Address it first.`;
  return `${Name} moved first${because}. Address it first.`;
}
