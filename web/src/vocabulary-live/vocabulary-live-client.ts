/**
 * The live vocabulary websocket from the browser: utterances out, server messages in. The token
 * rides as a second subprotocol, as on the live style page (browsers cannot set headers on it).
 */
import { readAccessToken } from '../api/access-token.ts';
import type { ServerMessage } from '../../../src/pipelines/vocabulary/live/live-vocabulary-messages.ts';

export class VocabularyLiveClient {
  private readonly socket: WebSocket;

  constructor(obsAddress: string | undefined, onMessage: (message: ServerMessage) => void, onClose: (code: number, reason: string) => void) {
    const url = new URL('/api/vocabulary/live', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (obsAddress) url.searchParams.set('obs', obsAddress);
    const token = readAccessToken();
    this.socket = new WebSocket(url, token ? ['kiln-live.v1', `kiln-token.${token}`] : ['kiln-live.v1']);
    this.socket.addEventListener('message', (event) => onMessage(JSON.parse(String(event.data)) as ServerMessage));
    this.socket.addEventListener('close', (event) => onClose(event.code, event.reason));
  }

  sendUtterance(text: string, language: 'ja' | 'en', recogniseMs?: number): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'utterance', text, language, recogniseMs }));
  }

  switchScene(sceneName: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'obs-scene', sceneName }));
  }

  close(): void {
    this.socket.close(1000, 'The page closed the live mode.');
  }
}

/** Plays the reply's clips one after another, never over each other. */
export function createClipPlayer(): (mediaType: string, base64: string) => void {
  let queue = Promise.resolve();
  return (mediaType, base64) => {
    queue = queue.then(() => new Promise<void>((resolve) => {
      const audio = new Audio(`data:${mediaType};base64,${base64}`);
      audio.onended = () => resolve();
      audio.onerror = () => resolve();
      audio.play().catch(() => resolve());
    }));
  };
}
