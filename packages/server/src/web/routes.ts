import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../http/app-types.js';

/** Serves the built single-page app; unknown non-API paths get index.html so client routes work. */
export async function webRoutes(app: App) {
  const dist = app.settings.webDist;
  if (!dist || !existsSync(path.join(dist, 'index.html'))) {
    app.get(
      '/',
      { config: { policy: { access: 'public' } }, schema: { hide: true } },
      async (_request, reply) => {
        reply.type('text/plain');
        return 'Agglomera API is running. The web app is not built: run `npm run build` (npm start does it).';
      },
    );
    return;
  }
  const indexHtml = await readFile(path.join(dist, 'index.html'), 'utf8');
  await app.register(fastifyStatic, { root: dist, serve: false });
  app.get(
    '/*',
    { config: { policy: { access: 'public' } }, schema: { hide: true } },
    async (request, reply) => {
      const url = (request.params as { '*': string })['*'];
      if (url.startsWith('api/')) {
        return reply
          .status(404)
          .send({ error: { code: 'not_found', message: `No route GET /${url}`, details: null } });
      }
      if (url && !url.includes('..') && isFile(path.join(dist, url))) {
        const immutable = url.startsWith('assets/');
        return reply
          .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
          .sendFile(url);
      }
      return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
    },
  );
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
