import type { UseCaseContext } from '../../src/server/actor';
import { rebuildRollups } from '../../src/server/signals/rebuild-rollups';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Full rebuild of both rollups from the raw events through the use case (delete, aggregate, insert, commit). */
export async function benchRebuild(context: UseCaseContext, label: string): Promise<number> {
  const result = await rebuildRollups(context);
  log(`${label}: full rebuild from ${result.events.toLocaleString('en')} events in ${result.seconds.toFixed(1)} s (${result.pairRows.toLocaleString('en')} pair-day rows, ${result.unitRows.toLocaleString('en')} unit-week rows)`);
  return result.seconds;
}
