import type { Database } from '../db/create-db';
import { listAllOrgs } from './orgs-repository';

/** Every org on this database: for the CLI and start-up only, never reachable over HTTP. */
export function listOrgs(db: Database) {
  return db.withoutOrg((tx) => listAllOrgs(tx));
}
