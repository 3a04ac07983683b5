import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import { loadProjectCoderInput } from '../../server/research/suggest-codes';
import { cliContext } from '../org-context';

/** For `tandem code suggest --project ID`: the project's codes and coded segments, read once from the database. */
export async function loadProjectCoder(projectId: string) {
  const db = await openDatabase(loadConfig());
  try {
    return await loadProjectCoderInput(await cliContext(db, process.env.TANDEM_ORG), projectId);
  } finally {
    await db.close();
  }
}
