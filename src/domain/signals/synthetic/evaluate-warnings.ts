/**
 * Scores early warnings against a synthetic history's ground truth. A warning is a hit when its indicator belongs
 * to an episode's kind, it names the episode's unit (or dyad), and it was raised between two weeks before the
 * episode began and the episode's end. A level-wide warning is a hit when an episode of its kind began then in a
 * unit with people at that level (a unit drying up can pull a whole level down); otherwise a false alarm.
 */
import type { EarlyWarning } from '../early-warnings';
import type { IndicatorId } from '../indicator-series';
import type { EpisodeKind, PlantedEpisode } from './synthetic-history';
import { addWeeks } from '../weeks';

const KIND_OF: Record<IndicatorId, EpisodeKind> = {
  cross_contacts: 'paucity',
  unanswered_marketing_to_sales: 'paucity',
  unanswered_sales_to_marketing: 'paucity',
  promises_broken: 'broken_promises',
  conflict_incidents: 'conflict',
};

export interface WarningScore {
  precision: number;
  recall: number;
  hits: number;
  falseAlarms: EarlyWarning[];
  missed: PlantedEpisode[];
  /** Healthy units named by any warning. */
  flaggedHealthyUnits: string[];
}

export function evaluateWarnings(
  warnings: readonly EarlyWarning[],
  truth: { episodes: readonly PlantedEpisode[]; healthyUnits: readonly string[] },
  people: ReadonlyArray<{ unit: string; level: string }> = [],
): WarningScore {
  const levelsOfUnit = (unit: string) => new Set(people.filter((person) => person.unit === unit).map((person) => person.level));
  const matches = (warning: EarlyWarning, episode: PlantedEpisode) => {
    if (KIND_OF[warning.key.indicator] !== episode.kind) return false;
    if (warning.firstWeek < addWeeks(episode.fromWeek, -2) || warning.firstWeek > episode.toWeek) return false;
    if (warning.key.scope === 'dyad') {
      return episode.dyad !== null && warning.key.dyad?.salesPersonId === episode.dyad.salesPersonId && warning.key.dyad.marketingPersonId === episode.dyad.marketingPersonId;
    }
    if (warning.key.scope === 'level') return warning.key.level !== undefined && levelsOfUnit(episode.unit).has(warning.key.level);
    return warning.key.unit !== undefined && warning.key.unit === episode.unit;
  };
  const falseAlarms = warnings.filter((warning) => !truth.episodes.some((episode) => matches(warning, episode)));
  const missed = truth.episodes.filter((episode) => !warnings.some((warning) => matches(warning, episode)));
  const healthy = new Set(truth.healthyUnits);
  return {
    precision: warnings.length === 0 ? 1 : (warnings.length - falseAlarms.length) / warnings.length,
    recall: truth.episodes.length === 0 ? 1 : (truth.episodes.length - missed.length) / truth.episodes.length,
    hits: warnings.length - falseAlarms.length,
    falseAlarms,
    missed,
    flaggedHealthyUnits: [...new Set(warnings.map((warning) => warning.key.unit).filter((unit): unit is string => unit !== undefined && healthy.has(unit)))].sort(),
  };
}
