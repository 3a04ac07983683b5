import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/create-db';

/** What every feature's routes receive from the composition root. */
export interface RouteDeps {
  app: FastifyInstance;
  db: Database;
  config: Config;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
