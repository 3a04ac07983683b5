import type { WarningView } from '../../../shared/signals-warnings';
import { requireRole, type UseCaseContext } from '../../actor';
import { SIGNAL_READER_ROLES } from '../../dysfunction/access';
import { conflict, notFound } from '../../errors';
import { presentContextOf } from './read-warnings';
import { presentWarning } from './warning-presenter';
import { findWarning, setWarningStatus } from './warnings-repository';

/** Marks a warning as seen and handled, with an optional note; a second acknowledge is a conflict. */
export async function acknowledgeWarning({ db, actor }: UseCaseContext, input: { id: string; note?: string; now: Date }): Promise<WarningView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'acknowledge early warnings');
  return db.withOrg(actor.orgId, async (tx) => {
    const row = await setWarningStatus(tx, actor.orgId, input.id, { status: 'acknowledged', at: input.now, byUserId: actor.userId, note: input.note ? input.note : null });
    if (!row) throw (await findWarning(tx, actor.orgId, input.id)) ? conflict('This warning is already acknowledged; reopen it first to change the note.') : notFound('This warning');
    return presentWarning(row, await presentContextOf(tx, actor.orgId));
  });
}

/** Undoes an acknowledgement: the warning is open again (and its note cleared). */
export async function reopenWarning({ db, actor }: UseCaseContext, id: string): Promise<WarningView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'reopen early warnings');
  return db.withOrg(actor.orgId, async (tx) => {
    const row = await setWarningStatus(tx, actor.orgId, id, { status: 'open' });
    if (!row) throw (await findWarning(tx, actor.orgId, id)) ? conflict('This warning is already open.') : notFound('This warning');
    return presentWarning(row, await presentContextOf(tx, actor.orgId));
  });
}
