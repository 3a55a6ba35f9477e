/** The parts of a `ws` WebSocket used here (the package ships no types of its own). */
export interface WebSocketLike {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  /** Stops reading from the connection (messages already read may still arrive). */
  pause(): void;
  /** Destroys the connection at once, without a closing handshake. */
  terminate(): void;
  on(event: 'message', listener: (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void): void;
  on(event: 'close' | 'error', listener: (...args: unknown[]) => void): void;
}
