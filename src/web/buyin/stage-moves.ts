import { STAGES, type InitiativeDetail, type Stage } from '../../shared/buyin';

export type StageMove = InitiativeDetail['initiative']['nextStages'][number];

export interface StageMoves {
  /** Shown as buttons: allowed moves, the override, and the next stage even when closed (with its why). */
  main: StageMove[];
  /** Closed moves further away, folded under "why not the other stages". */
  others: StageMove[];
  /** The move that only an absorption override can make now, if any. */
  overridable: StageMove | undefined;
}

/** Sorts the server's list of moves into what the stage controls show first and what they fold away. */
export function stageMoves(current: Stage, nextStages: readonly StageMove[]): StageMoves {
  const at = STAGES.indexOf(current);
  const options = nextStages.filter((option) => option.to !== current);
  const main = options.filter((option) => option.allowed || option.needsOverride || STAGES.indexOf(option.to) === at + 1);
  return { main, others: options.filter((option) => !main.includes(option)), overridable: options.find((option) => option.needsOverride) };
}

export function isBackMove(current: Stage, to: Stage): boolean {
  return STAGES.indexOf(to) < STAGES.indexOf(current);
}
