import { z } from 'zod';
import { limits } from '../../shared/limits';
import { importReport } from '../../shared/people-import';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { importPeople } from './import-people';

export function peopleImportRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: limits.importFileBytes }, (_request, body, done) =>
    done(null, body),
  );

  routes.post(
    '/api/import/people',
    {
      bodyLimit: limits.importFileBytes,
      schema: {
        tags: ['import'],
        summary: 'Import people from a CSV (admin, analyst); all or nothing',
        description: 'Send the file as the body with content-type text/csv. With dryRun=true nothing is written and the report previews the import. A file with any bad row is refused whole (422, the report in error.details).',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false'), fileName: z.string().max(255).optional() }),
        response: { 200: importReport },
      },
    },
    async (request) => {
      const body = request.body;
      const csv = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      return importPeople(contextOf(request, db), {
        csv,
        dryRun: request.query.dryRun === 'true',
        source: request.query.fileName ?? 'upload',
      });
    },
  );
}
