/**
 * The paired observations per unit for each proposition of DOMAIN.md §5: the dysfunction's intensity (x) from the
 * weekly series, and the outcome (y) from what the firm records — journal tags, buy-in pulse answers, support asked.
 * Each measure is stated in words for the reader. A unit enters only with at least the reporting minimum of people,
 * and each outcome only from a group (authors, invitees, people of a side) of at least that size.
 */
import type { WeeklySeries } from '../../../domain/signals/indicator-series';
import type { PairedObservation, Proposition } from '../../../domain/signals/propositions';
import type { RollupPerson } from '../../../domain/signals/rollup-types';
import type { AskerUnitCounts, JournalUnitCounts, PulseUnitCounts } from './propositions-repository';

export const MIN_CLOSED_REQUESTS = 3;

export interface OutcomeData {
  journal: JournalUnitCounts[];
  pulses: PulseUnitCounts[];
  askers: AskerUnitCounts[];
}

export interface MeasuredTest {
  dysfunctionMeasure: string;
  outcomeMeasure: string;
  outcomeSource: 'journal' | 'buyin_pulses' | 'support_requests';
  observations: PairedObservation[];
  /** What would let this test run, when it has no usable unit. */
  needs: string;
}

type DysfunctionId = Proposition['dysfunction'];

const DYSFUNCTION_MEASURES: Record<DysfunctionId, string> = {
  'dysfunction.communication_paucity': 'Cross-function contacts started per sales or marketing person per week, sign reversed (higher = scarcer), from the unit-week rollup',
  'dysfunction.lack_of_collaboration': `Share of support promises the unit's people did not keep (late, declined or ignored), units with at least ${MIN_CLOSED_REQUESTS} closed requests`,
  'dysfunction.overt_conflict': 'Conflict incidents involving the unit per person over the window (dismissed ones left out)',
};

/** x per eligible unit for each dysfunction (null when the unit has no basis for it). */
export function dysfunctionIntensity(series: readonly WeeklySeries[], people: readonly RollupPerson[], units: readonly string[]): Map<string, Record<DysfunctionId, number | null>> {
  const sum = (values: readonly number[] | undefined) => (values ?? []).reduce((total, value) => total + value, 0);
  const result = new Map<string, Record<DysfunctionId, number | null>>();
  for (const unit of units) {
    const own = (indicator: WeeklySeries['key']['indicator']) => series.find((one) => one.key.scope === 'unit' && one.key.unit === unit && one.key.indicator === indicator);
    const inUnit = people.filter((person) => person.unit === unit);
    const interface_ = inUnit.filter((person) => person.function === 'sales' || person.function === 'marketing').length;
    const contacts = own('cross_contacts');
    const promises = own('promises_broken');
    const weeks = contacts?.weeks.length ?? own('conflict_incidents')?.weeks.length ?? 0;
    const closed = sum(promises?.denominators);
    result.set(unit, {
      'dysfunction.communication_paucity': interface_ > 0 && weeks > 0 ? -sum(contacts?.numerators) / (interface_ * weeks) : null,
      'dysfunction.lack_of_collaboration': closed >= MIN_CLOSED_REQUESTS ? sum(promises?.numerators) / closed : null,
      'dysfunction.overt_conflict': inUnit.length > 0 ? sum(own('conflict_incidents')?.numerators) / inUnit.length : null,
    });
  }
  return result;
}

/** Every test of one proposition: the journal share always, and a behavioural proxy where the firm records one. */
export function testsOf(
  proposition: Proposition,
  intensity: Map<string, Record<DysfunctionId, number | null>>,
  data: OutcomeData,
  minimum: number,
): MeasuredTest[] {
  const pair = (yOf: (unit: string) => number | null): PairedObservation[] =>
    [...intensity].flatMap(([unit, x]) => {
      const xValue = x[proposition.dysfunction];
      const y = yOf(unit);
      return xValue === null || y === null ? [] : [{ id: unit, x: xValue, y }];
    });
  const base = { dysfunctionMeasure: DYSFUNCTION_MEASURES[proposition.dysfunction] };
  const { side, outcome } = proposition;
  const tests: MeasuredTest[] = [
    {
      ...base,
      outcomeSource: 'journal',
      outcomeMeasure: `Share of the unit's ${side} journal entries tagged ${outcome} (units with at least ${minimum} distinct ${side} authors in the window)`,
      observations: pair((unit) => {
        const counts = data.journal.find((row) => row.unit === unit && row.side === side);
        return counts && counts.authors >= minimum && counts.entries > 0 ? (counts.tags.get(outcome) ?? 0) / counts.entries : null;
      }),
      needs: `journal entries from at least ${minimum} distinct ${side} authors in each of at least 8 units, some tagged ${outcome}`,
    },
  ];
  if (outcome === 'response.active_ignorance') {
    tests.push({
      ...base,
      outcomeSource: 'buyin_pulses',
      outcomeMeasure: `Share of sales invitations to initiative buy-in pulses left unanswered (published pulses opened in the window; units with at least ${minimum} invited sales people): the rate at which sales ignores initiatives`,
      observations: pair((unit) => {
        const counts = data.pulses.find((row) => row.unit === unit);
        return counts && counts.people >= minimum && counts.invited > 0 ? 1 - counts.answered / counts.invited : null;
      }),
      needs: `closed initiative buy-in pulses inviting at least ${minimum} sales people in each of at least 8 units`,
    });
  }
  const asking = { 'response.lone_wolfism': 'sales', 'response.learned_skepticism': 'marketing' } as const;
  const asker = asking[outcome as keyof typeof asking];
  if (asker) {
    const other = asker === 'sales' ? 'marketing' : 'sales';
    tests.push({
      ...base,
      outcomeSource: 'support_requests',
      outcomeMeasure: `Share of the unit's ${asker} people who asked ${other} for no support in the window (units with at least ${minimum} ${asker} people)`,
      observations: pair((unit) => {
        const counts = data.askers.find((row) => row.unit === unit && row.side === asker);
        return counts && counts.people >= minimum ? 1 - counts.askers / counts.people : null;
      }),
      needs: `support requests recorded by ${asker} people in at least 8 units of at least ${minimum} ${asker} people each`,
    });
  }
  return tests;
}

/** What a proposition would need when none of its tests has one usable unit. */
export function dataNeededFor(proposition: Proposition, tests: readonly MeasuredTest[]): string {
  const extra = proposition.outcome === 'response.usurping' ? ' A behavioural measure would need a record of marketing\'s direct contacts with customers (e.g. CRM activities), which Tandem does not hold.' : '';
  return `No unit has both measures yet. Needed: ${tests.map((test) => test.needs).join('; or ')}, with ${DYSFUNCTION_MEASURES[proposition.dysfunction].charAt(0).toLowerCase()}${DYSFUNCTION_MEASURES[proposition.dysfunction].slice(1)}.${extra}`;
}
