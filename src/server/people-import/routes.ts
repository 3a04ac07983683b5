import { z } from 'zod';
import { limits } from '../../shared/limits';
import { importReport } from '../../shared/people-import';
import { AppError } from '../errors';
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
      const context = contextOf(request, db);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the CSV file itself as the request body, with content-type text/csv.');
      }
      return importPeople(context, {
        csv: request.body,
        dryRun: request.query.dryRun === 'true',
        source: request.query.fileName ?? 'upload',
      });
    },
  );
}
