import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Serves the built React app; any non-API GET that is not a file gets index.html (client-side routes). */
export async function installStaticWeb(app: FastifyInstance, root: string = WEB_DIST): Promise<boolean> {
  if (!fs.existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, { root, wildcard: false, index: false, serve: true });

  const serve = (wanted: string, reply: FastifyReply) => {
    if (wanted.startsWith('api/')) return reply.callNotFound();
    const file = path.join(root, wanted);
    if (wanted && file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const cache = wanted.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return reply.header('cache-control', cache).sendFile(wanted);
    }
    if (path.extname(wanted)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
  app.get('/', { schema: { hide: true }, config: { public: true } }, (_request, reply) => serve('', reply));
  app.get('/*', { schema: { hide: true }, config: { public: true } }, (request, reply) =>
    serve((request.params as { '*': string })['*'], reply),
  );
  return true;
}
