import { z } from 'zod';
import { typed, type RouteDeps } from '../http/types';

export function healthRoutes({ app, db }: RouteDeps): void {
  typed(app).get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['health'], summary: 'Is the server up?', security: [], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) } },
    },
    async () => ({ status: 'ok' as const, database: db.kind }),
  );
}
