/** What the live code needs of a websocket; the gateway adapts `ws` sockets to it, tests use arrays. */
export interface FrameSink {
  send(message: Uint8Array | string): void;
  /** Bytes handed to send() but not yet written to the network. */
  readonly bufferedAmount: number;
  close(code: number, reason: string): void;
}
