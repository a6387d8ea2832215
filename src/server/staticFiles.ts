// Serves the built portal from dist/ (@fastify/static: ranges, ETag, conditional requests, no path
// escape), with the single-page app's index.html for any other GET. Files whose names carry Vite's content
// hash (`/assets/name-<hash>.js`) never change, so browsers keep them a year; everything else, index.html
// first, is revalidated on every load (ETag), so a new release shows at the next reload.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Vite names built assets `name-<8+ chars of base64url hash>.ext`. */
const HASHED = /^assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export const isHashedAsset = (relPath: string) => HASHED.test(relPath.split(sep).join('/'));

export async function staticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${join(root, 'index.html')} is missing: run "npm run build" first (npm start does it for you)`);
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', isHashedAsset(relative(root, path)) ? IMMUTABLE : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply.code(405).header('Allow', 'GET, HEAD').send();
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
