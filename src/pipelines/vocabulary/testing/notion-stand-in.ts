import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Page { id: string; properties: Record<string, any> }

/**
 * A local stand-in for the documented Notion API (Notion-Version 2022-06-28): retrieve and update a
 * database, query it by title, create and update pages. It checks the bearer token and the version
 * header, answers 404 for other databases, and can answer 429 with Retry-After once.
 */
export async function startNotionStandIn(options: { token: string; databaseId: string }) {
  const database = { properties: { Name: { id: 'title', type: 'title', title: {} } } as Record<string, any> };
  const pages: Page[] = [];
  const requests: { method: string; path: string; at: number }[] = [];
  const state = { rateLimitNext: 0, failCreateAfter: Infinity };
  const titleName = () => Object.entries(database.properties).find(([, property]) => property.type === 'title')![0];
  const readBody = (request: IncomingMessage) => new Promise<any>((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body ? JSON.parse(body) : {}));
  });
  const server = createServer(async (request, response) => {
    const send = (status: number, body: object, headers: Record<string, string> = {}) =>
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    const path = new URL(request.url!, 'http://x').pathname.replace(/^\/v1\//, '');
    requests.push({ method: request.method!, path, at: Date.now() });
    const body = await readBody(request);
    if (request.headers.authorization !== `Bearer ${options.token}`) return send(401, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' });
    if (request.headers['notion-version'] !== '2022-06-28') return send(400, { object: 'error', status: 400, code: 'invalid_request', message: 'Unsupported Notion-Version.' });
    if (state.rateLimitNext > 0) {
      state.rateLimitNext -= 1;
      return send(429, { object: 'error', status: 429, code: 'rate_limited', message: 'Slow down.' }, { 'retry-after': '1' });
    }
    const notFound = () => send(404, { object: 'error', status: 404, code: 'object_not_found', message: 'Could not find database. Make sure it is shared with your integration.' });
    const databaseMatch = /^databases\/([^/]+)(\/query)?$/.exec(path);
    if (databaseMatch) {
      if (databaseMatch[1] !== options.databaseId) return notFound();
      if (databaseMatch[2]) {
        const wanted = body.filter?.title?.equals;
        const results = pages.filter((page) => page.properties[titleName()]?.title?.[0]?.text?.content === wanted);
        return send(200, { object: 'list', results: results.slice(0, body.page_size ?? 100), has_more: false });
      }
      if (request.method === 'PATCH') {
        for (const [name, change] of Object.entries<any>(body.properties ?? {})) {
          if (change.name && database.properties[name]) {
            database.properties[change.name] = database.properties[name];
            delete database.properties[name];
          } else database.properties[name] = { id: randomUUID(), type: Object.keys(change)[0], ...change };
        }
      }
      return send(200, { object: 'database', id: options.databaseId, properties: database.properties });
    }
    if (path === 'pages' && request.method === 'POST') {
      if (body.parent?.database_id !== options.databaseId) return notFound();
      if (pages.length >= state.failCreateAfter) return send(503, { object: 'error', status: 503, code: 'service_unavailable', message: 'Notion is unavailable.' });
      const page = { id: randomUUID(), properties: body.properties };
      pages.push(page);
      return send(200, { object: 'page', ...page });
    }
    const pageMatch = /^pages\/([^/]+)$/.exec(path);
    if (pageMatch && request.method === 'PATCH') {
      const page = pages.find((candidate) => candidate.id === pageMatch[1]);
      if (!page) return send(404, { object: 'error', status: 404, code: 'object_not_found', message: 'No such page.' });
      Object.assign(page.properties, body.properties);
      return send(200, { object: 'page', ...page });
    }
    return send(400, { object: 'error', status: 400, code: 'invalid_request_url', message: `No route ${request.method} ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    database, pages, requests, state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
