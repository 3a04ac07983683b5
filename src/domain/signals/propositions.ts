/**
 * The directions of DOMAIN.md §5, tested on a firm's own data — exploratory, never confirmatory: observational,
 * usually small n, many propositions at once. For paired observations (one per unit or person) of a dysfunction's
 * intensity x and an interpretation or response y, report Spearman's rho, the standardised slope (Pearson's r: the
 * OLS slope of z(y) on z(x)), a seeded percentile-bootstrap 95% interval for rho, n, and whether the data agree
 * with the expected direction (interval wholly on the expected side), contradict it (wholly on the other side) or
 * cannot tell.
 */
import { seededRandom } from '../common/random';
import { pearson, quantile, spearman } from './statistics';

export interface Proposition {
  /** Stable id of the proposition: `<dysfunction>→<interpretation or response>`. */
  id: string;
  dysfunction: 'dysfunction.communication_paucity' | 'dysfunction.lack_of_collaboration' | 'dysfunction.overt_conflict';
  side: 'sales' | 'marketing';
  outcome: string;
  /** More of the dysfunction goes with more of the outcome (every §5 direction is stated this way). */
  expected: 'positive' | 'negative';
  statement: string;
}

const proposition = (dysfunction: Proposition['dysfunction'], side: Proposition['side'], outcome: string, statement: string): Proposition => ({
  id: `${dysfunction}→${outcome}`,
  dysfunction,
  side,
  outcome,
  expected: 'positive',
  statement,
});

export const PROPOSITIONS: readonly Proposition[] = [
  proposition('dysfunction.communication_paucity', 'sales', 'interpretation.undervalued', 'The scarcer the communication, the more sales feels undervalued.'),
  proposition('dysfunction.communication_paucity', 'sales', 'interpretation.ostracized', 'The scarcer the communication, the more sales feels ostracized.'),
  proposition('dysfunction.communication_paucity', 'sales', 'response.active_ignorance', "The scarcer the communication, the more sales ignores marketing's directives (e.g. the rate at which sales ignores initiatives)."),
  proposition('dysfunction.communication_paucity', 'marketing', 'interpretation.autonomy_overkill', 'The scarcer the communication, the more marketing sees autonomy overkill in sales.'),
  proposition('dysfunction.communication_paucity', 'marketing', 'response.usurping', 'The scarcer the communication, the more marketing goes to customers directly (usurping).'),
  proposition('dysfunction.lack_of_collaboration', 'sales', 'interpretation.marketing_self_oriented', "The scarcer the collaboration, the more sales sees marketing as self-oriented (a weaker view of its customer orientation)."),
  proposition('dysfunction.lack_of_collaboration', 'sales', 'response.lone_wolfism', 'The scarcer the collaboration, the more lone-wolf behaviour in sales.'),
  proposition('dysfunction.lack_of_collaboration', 'marketing', 'interpretation.exercise_in_futility', 'The scarcer the collaboration, the more marketing sees its work as an exercise in futility.'),
  proposition('dysfunction.lack_of_collaboration', 'marketing', 'response.learned_skepticism', 'The scarcer the collaboration, the more sceptical marketing grows (learned scepticism).'),
  proposition('dysfunction.overt_conflict', 'sales', 'interpretation.strategic_submissiveness', 'Conflict raises strategic submissiveness in sales.'),
  proposition('dysfunction.overt_conflict', 'sales', 'response.self_interest_protection', 'Conflict raises self-interest protection in sales.'),
  proposition('dysfunction.overt_conflict', 'marketing', 'interpretation.intentionally_targeted', 'Conflict raises the sense in marketing of being intentionally targeted.'),
  proposition('dysfunction.overt_conflict', 'marketing', 'interpretation.hopelessness', 'Conflict raises hopelessness in marketing.'),
  proposition('dysfunction.overt_conflict', 'marketing', 'response.inefficient_effort_reallocation', 'Conflict raises effort spent defending plans in marketing (inefficient effort reallocation).'),
];

export interface PairedObservation {
  /** The unit or person observed (kept so a reader can trace the figure). */
  id: string;
  x: number;
  y: number;
}

export type Agreement = 'agrees' | 'contradicts' | 'inconclusive' | 'too_few';

export interface PropositionResult {
  propositionId: string;
  exploratory: true;
  n: number;
  rho: number | null;
  standardisedSlope: number | null;
  /** Percentile bootstrap 95% interval for rho. */
  interval: [number, number] | null;
  expected: Proposition['expected'];
  agreement: Agreement;
  note: string;
}

export const MIN_PAIRS = 8;

export function testProposition(
  target: Pick<Proposition, 'id' | 'expected'>,
  observations: readonly PairedObservation[],
  options: { seed: number; resamples?: number },
): PropositionResult {
  const usable = observations.filter((o) => Number.isFinite(o.x) && Number.isFinite(o.y));
  const n = usable.length;
  const x = usable.map((o) => o.x);
  const y = usable.map((o) => o.y);
  const base = { propositionId: target.id, exploratory: true as const, n, expected: target.expected };
  const rho = n >= 3 ? spearman(x, y) : Number.NaN;
  if (n < MIN_PAIRS || Number.isNaN(rho)) {
    return {
      ...base,
      rho: Number.isNaN(rho) ? null : rho,
      standardisedSlope: null,
      interval: null,
      agreement: 'too_few',
      note: n < MIN_PAIRS ? `Exploratory: ${n} paired observations; at least ${MIN_PAIRS} are needed for an interval.` : 'Exploratory: one of the measures does not vary.',
    };
  }
  const random = seededRandom(options.seed);
  const resamples = options.resamples ?? 2000;
  const draws: number[] = [];
  const bx = new Array<number>(n);
  const by = new Array<number>(n);
  for (let r = 0; r < resamples; r += 1) {
    for (let i = 0; i < n; i += 1) {
      const pick = Math.floor(random.next() * n);
      bx[i] = x[pick] as number;
      by[i] = y[pick] as number;
    }
    const value = spearman(bx, by);
    if (!Number.isNaN(value)) draws.push(value);
  }
  const interval: [number, number] = [quantile(draws, 0.025), quantile(draws, 0.975)];
  const sign = target.expected === 'positive' ? 1 : -1;
  const agreement: Agreement = interval[0] * sign > 0 && interval[1] * sign > 0 ? 'agrees' : interval[0] * sign < 0 && interval[1] * sign < 0 ? 'contradicts' : 'inconclusive';
  return {
    ...base,
    rho,
    standardisedSlope: pearson(x, y),
    interval,
    agreement,
    note: `Exploratory: observational data from one firm (n = ${n}); an association, not a cause, and one of several propositions tested at once.`,
  };
}
