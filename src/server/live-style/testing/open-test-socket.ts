/** A websocket client for route tests (Node's own WebSocket), with waits for what arrives. */
export interface TestSocket {
  socket: WebSocket;
  /** The next JSON message of this type (earlier ones of other types are passed over). */
  nextText(type: string): Promise<Record<string, unknown>>;
  /** The next binary message. */
  nextBinary(): Promise<Uint8Array>;
  closed(): Promise<{ code: number; reason: string }>;
}

export function openTestSocket(url: string, protocols?: string[]): Promise<TestSocket> {
  const socket = new WebSocket(url, protocols);
  socket.binaryType = 'arraybuffer';
  const received: Array<Uint8Array | Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  let closedWith: { code: number; reason: string } | undefined;
  const wake = () => waiters.splice(0).forEach((resolve) => resolve());
  socket.addEventListener('message', (event) => {
    received.push(typeof event.data === 'string' ? JSON.parse(event.data) : new Uint8Array(event.data as ArrayBuffer));
    wake();
  });
  socket.addEventListener('close', (event) => {
    closedWith = { code: event.code, reason: event.reason };
    wake();
  });
  const take = async <T>(pick: () => T | undefined, what: string): Promise<T> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = pick();
      if (found !== undefined) return found;
      if (closedWith && what !== 'close') throw new Error(`socket closed (${closedWith.code} ${closedWith.reason}) while waiting for ${what}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within 10 s`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  const shift = (match: (item: Uint8Array | Record<string, unknown>) => boolean) => {
    const index = received.findIndex(match);
    return index < 0 ? undefined : received.splice(0, index + 1).at(-1);
  };
  const testSocket: TestSocket = {
    socket,
    nextText: (type) => take(() => shift((item) => !(item instanceof Uint8Array) && item.type === type) as Record<string, unknown> | undefined, `a ${type} message`),
    nextBinary: () => take(() => shift((item) => item instanceof Uint8Array) as Uint8Array | undefined, 'a frame'),
    closed: () => take(() => closedWith, 'close'),
  };
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => resolve(testSocket), { once: true });
    // A socket the server closes at once still opened first; only a failed handshake errors here.
    socket.addEventListener('error', () => (socket.readyState === WebSocket.CLOSED && !closedWith ? reject(new Error(`could not open ${url}`)) : undefined), { once: true });
  });
}
