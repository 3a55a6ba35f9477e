import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { KilnError } from '../engine/errors/index.ts';
import { sendError } from './error-handler.ts';

const serverPaths = /^\/(api|docs|metrics)(\/|\?|$)/;

/**
 * Serves the built web app from `webRoot`. Vite puts content-hashed files under /assets/, which
 * never change and may be cached for good; index.html must be fetched afresh to pick up a new build.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    // One route per built file, found at start: unknown paths go straight to the not-found handler
    // instead of through a catch-all route that looks on disk for every one of them.
    wildcard: false,
    setHeaders(response, path) {
      response.header('cache-control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/**
 * Unknown routes: a page of the web app (the browser app routes on its own, so /jobs/123 gets
 * index.html), otherwise a 404 in the error shape. Only browser navigations (Accept: text/html)
 * get the page, so a missing script or image is a plain 404, not HTML.
 */
export function createNotFoundHandler(webRoot: string | undefined) {
  return async function handleNotFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const isPageRequest = (request.method === 'GET' || request.method === 'HEAD')
      && !serverPaths.test(request.url)
      && (request.headers.accept ?? '').includes('text/html');
    if (webRoot && isPageRequest) return reply.header('cache-control', 'no-cache').sendFile('index.html', webRoot);
    const path = request.url.split('?')[0];
    return sendError(reply, new KilnError('not_found', `There is no ${request.method} ${path}. The API is listed at /docs.`));
  };
}
