import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/routes';
import { pulseRoutes } from './buyin/pulse-routes';
import { buyinRoutes } from './buyin/routes';
import type { Config } from './config';
import { createDb, type Database } from './db/create-db';
import { healthRoutes } from './health/routes';
import { buildServer } from './http/build-server';
import { installStaticWeb } from './http/static-web';
import type { RouteDeps } from './http/types';
import { notificationRoutes } from './notifications/routes';
import { orgRoutes } from './org/routes';
import { peopleImportRoutes } from './people-import/routes';
import { researchRoutes } from './research/routes';
import { dysfunctionRoutes } from './dysfunction/routes';
import { progressionRoutes } from './signals/progression/routes';
import { propositionRoutes } from './signals/propositions/routes';
import { networkRoutes } from './signals/network/routes';
import { monitorRoutes } from './signals/monitor/routes';
import { signalRoutes } from './signals/routes';
import { warningRoutes } from './signals/warnings/routes';
import { userRoutes } from './users/routes';

/** Each feature's routes, registered in this order. Later modules add theirs here. */
const features: Array<(deps: RouteDeps) => void> = [
  healthRoutes,
  authRoutes,
  orgRoutes,
  userRoutes,
  peopleImportRoutes,
  researchRoutes,
  buyinRoutes,
  notificationRoutes,
  pulseRoutes,
  dysfunctionRoutes,
  signalRoutes,
  progressionRoutes,
  propositionRoutes,
  networkRoutes,
  monitorRoutes,
  warningRoutes,
];

export interface App {
  config: Config;
  db: Database;
  server: FastifyInstance;
  /** False when the web app has not been built (`npm run build:web`); the API still works. */
  servesWeb: boolean;
  close(): Promise<void>;
}

/** The composition root shared by the server, the CLI and the tests. */
export async function openDatabase(config: Config): Promise<Database> {
  return createDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
}

export async function createApp(config: Config, db?: Database): Promise<App> {
  const database = db ?? (await openDatabase(config));
  const server = await buildServer(config, database);
  for (const register of features) register({ app: server, db: database, config });
  const servesWeb = await installStaticWeb(server);
  await server.ready();
  return {
    config,
    db: database,
    server,
    servesWeb,
    async close() {
      await server.close();
      if (!db) await database.close();
    },
  };
}
