import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

const protocolsFile = new URL('../../../docs/websocket-protocols.md', import.meta.url);

/**
 * `/docs/protocols`: the event-stream and websocket protocols, which OpenAPI cannot describe, as
 * the Markdown file in docs/ (plain text, so every browser shows it rather than downloading it).
 */
export async function registerProtocolsPage(app: FastifyInstance): Promise<void> {
  const text = await readFile(protocolsFile, 'utf8');
  app.get('/docs/protocols', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(text));
}
