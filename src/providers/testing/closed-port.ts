import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** An address on 127.0.0.1 where nothing listens (a port just freed), for "server is down" tests. */
export async function closedPortURL(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
