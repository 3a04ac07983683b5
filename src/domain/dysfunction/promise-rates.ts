/**
 * Promise-keeping rates by the function, level and unit (region) of the people asked. Rates describe behaviour, not
 * private answers, but the reporting minimum applies to every group anyway, with complementary suppression against
 * the published total, so that all group views in Tandem follow one rule.
 */
import { suppressCells } from './suppression';
import type { SupportStatus } from './support-requests';

export const RATE_DIMENSIONS = ['function', 'level', 'unit'] as const;
export type RateDimension = (typeof RATE_DIMENSIONS)[number];

export const NONE_GROUP = '(none)';

export interface RateInput {
  status: SupportStatus;
  /** Who was asked: a person's id, or a stand-in key for a function + region that nobody answered for. */
  askedKey: string;
  function: string;
  level: string | null;
  unit: string | null;
}

export interface RateCounts {
  requests: number;
  declined: number;
  ignored: number;
  awaiting: number;
  promised: number;
  keptOnTime: number;
  deliveredLate: number;
  overdue: number;
  /** Kept on time ÷ promises whose date has come (on time + late + overdue); null when none has. */
  keepingRate: number | null;
  /** Answered ÷ requests whose answer is due or given; null when none is. */
  responseRate: number | null;
}

export interface RateGroup {
  group: string;
  /** Null when suppressed. */
  people: number | null;
  suppressed: boolean;
  /** Null when suppressed. */
  counts: RateCounts | null;
}

export interface RateTable {
  dimension: RateDimension;
  /** Null when the whole population is below the minimum. */
  total: RateCounts | null;
  groups: RateGroup[];
}

export function countRates(items: readonly RateInput[]): RateCounts {
  const n = (status: SupportStatus) => items.filter((item) => item.status === status).length;
  const keptOnTime = n('delivered_on_time');
  const deliveredLate = n('delivered_late');
  const overdue = n('overdue');
  const pending = n('promised');
  const declined = n('declined');
  const ignored = n('ignored');
  const awaiting = n('awaiting_response');
  const due = keptOnTime + deliveredLate + overdue;
  const answered = keptOnTime + deliveredLate + overdue + pending + declined;
  return {
    requests: items.length,
    declined,
    ignored,
    awaiting,
    promised: keptOnTime + deliveredLate + overdue + pending,
    keptOnTime,
    deliveredLate,
    overdue,
    keepingRate: due === 0 ? null : keptOnTime / due,
    responseRate: answered + ignored === 0 ? null : answered / (answered + ignored),
  };
}

const groupOf = (item: RateInput, dimension: RateDimension) => (dimension === 'function' ? item.function : dimension === 'level' ? item.level : item.unit) ?? NONE_GROUP;

export function promiseRates(items: readonly RateInput[], dimension: RateDimension, minimum: number): RateTable {
  const groups = new Map<string, RateInput[]>();
  for (const item of items) {
    const key = groupOf(item, dimension);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const people = (list: readonly RateInput[]) => new Set(list.map((item) => item.askedKey)).size;
  const sizes = new Map<string, number>([...groups].map(([key, list]) => [`g:${key}`, people(list)]));
  sizes.set('total', people(items));
  const hidden = suppressCells(sizes, [{ total: 'total', parts: [...groups.keys()].map((key) => `g:${key}`) }], minimum);
  return {
    dimension,
    total: hidden.has('total') ? null : countRates(items),
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a === NONE_GROUP ? 1 : b === NONE_GROUP ? -1 : a.localeCompare(b)))
      .map(([group, list]) => {
        const suppressed = hidden.has(`g:${group}`);
        return { group, people: suppressed ? null : people(list), suppressed, counts: suppressed ? null : countRates(list) };
      }),
  };
}
