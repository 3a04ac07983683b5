import { computeResults, type ComputedResults, type ResultsFilter } from '../../domain/buyin/aggregate-results';
import { emptyTally, addToTally, meansOf } from '../../domain/buyin/aggregate';
import type { ManagerInfo, Respondent } from '../../domain/buyin/cascade';
import { DETERMINANT_MEASURES, pulseItemsFor, type Measure } from '../../domain/buyin/pulse-items';
import type { Tx } from '../db/create-db';
import { findManagers, listRespondents, type PulseRow } from './pulse-repository';
import { cachedResult, resultsKey } from './results-cache';

/** A pulse's results (aggregates only), computed once per answers version and reporting minimum. */
export function resultsOfPulse(tx: Tx, orgId: string, pulse: PulseRow, minimum: number, filter: ResultsFilter = {}): Promise<ComputedResults> {
  const key = resultsKey(['results', orgId, pulse.id, pulse.answersVersion, minimum, filter.region, filter.level]);
  return cachedResult(key, async () => {
    const { respondents, managers } = await respondentsOf(tx, orgId, pulse);
    return computeResults({ respondents, managers, measures: measuresOf(pulse), minimum, filter });
  });
}

export interface DeterminantResult {
  measure: Measure;
  codeId: string;
  mean: number | null;
  n: number | null;
  suppressed: boolean;
}

/** The organisation pulse's determinants over everyone who answered, suppressed below the minimum. */
export function determinantsOf(tx: Tx, orgId: string, pulse: PulseRow, minimum: number): Promise<DeterminantResult[]> {
  return cachedResult(resultsKey(['determinants', orgId, pulse.id, pulse.answersVersion, minimum]), async () => {
    const rows = await listRespondents(tx, orgId, pulse.id);
    const tally = emptyTally();
    for (const row of rows) addToTally(tally, row.scores);
    const shown = tally.n >= minimum;
    const means = meansOf(tally, DETERMINANT_MEASURES);
    return DETERMINANT_MEASURES.map((measure) => ({
      measure,
      codeId: `buyin.${measure}`,
      mean: shown ? (means[measure] ?? null) : null,
      n: shown ? tally.n : null,
      suppressed: !shown,
    }));
  });
}

/** A kind's measures never change (item wording may), so summaries without their items still know them. */
const measuresOf = (pulse: PulseRow): Measure[] => [...new Set([...pulseItemsFor(pulse.kind), ...pulse.items].map((i) => i.measure))];

async function respondentsOf(tx: Tx, orgId: string, pulse: PulseRow): Promise<{ respondents: Respondent[]; managers: Map<string, ManagerInfo> }> {
  const rows = await listRespondents(tx, orgId, pulse.id);
  const managerIds = new Set<string>();
  for (const row of rows) for (const id of row.managerChain) managerIds.add(id);
  const managers = new Map((await findManagers(tx, orgId, [...managerIds])).map((m) => [m.id, { name: m.name, level: m.level, function: m.function, region: m.region }]));
  return { respondents: rows, managers };
}
