import type { FastifyRequest } from 'fastify';
import { truncateCloseReason } from '../../live-style/truncate-close-reason.ts';
import type { WebSocketLike } from './attach-web-socket.ts';
import { describeAuthFailure, type LiveSocketIdentity } from './authenticate-live-socket.ts';
import type { LiveSocketCounter } from './live-socket-counter.ts';

export interface AdmitLiveSocketOptions {
  /** Who opened the socket (createLiveSocketIdentifier); throws when the sign-in is no good. */
  identify(request: FastifyRequest): Promise<LiveSocketIdentity>;
  sockets: LiveSocketCounter;
  /** The route's close code for a failed sign-in (4401 in both live tables). */
  unauthorizedCode: number;
}

/**
 * The door of every signed-in live websocket: who opened it, with one of their socket slots taken.
 * Undefined when the socket was closed instead, with why (the sign-in failed, or they hold too many).
 */
export async function admitLiveSocket(ws: WebSocketLike, request: FastifyRequest, options: AdmitLiveSocketOptions): Promise<LiveSocketIdentity | undefined> {
  let identity: LiveSocketIdentity;
  try {
    identity = await options.identify(request);
  } catch (error) {
    ws.close(options.unauthorizedCode, truncateCloseReason(describeAuthFailure(error)));
    return undefined;
  }
  return options.sockets.claim(ws, identity.userId) ? identity : undefined;
}
