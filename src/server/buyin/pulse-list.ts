import type { z } from 'zod';
import type { pulseSummary } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { presentPulseSummary } from './pulse-presenters';
import { listPulses as listPulseRows } from './pulse-repository';

/** The org's pulses, newest first (organisation pulses only, or all): status and counts, never answers. */
export async function listPulses({ db, actor }: UseCaseContext, filter: { kind?: 'initiative' | 'organisation' }, now = new Date()): Promise<{ items: Array<z.infer<typeof pulseSummary>> }> {
  const rows = await db.withOrg(actor.orgId, (tx) => listPulseRows(tx, actor.orgId, filter));
  return { items: rows.map((row) => presentPulseSummary(row, now)) };
}
