/**
 * /vocabulary/live/overlay?key=…: the newest expression, its reading and meaning on a transparent
 * page, for an OBS browser source. It reconnects by itself after a restart or a network hiccup.
 */
import { useEffect, useState } from 'react';
import type { OverlayMessage } from '../../../src/pipelines/vocabulary/live/live-vocabulary-messages.ts';
import './vocabulary-live.css';

export function VocabularyLiveOverlayPage() {
  const [current, setCurrent] = useState<OverlayMessage>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    document.documentElement.classList.add('vocab-overlay-page');
    const key = new URLSearchParams(window.location.search).get('key') ?? '';
    let socket: WebSocket | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const connect = () => {
      const url = new URL(`/api/vocabulary/live/overlay?key=${encodeURIComponent(key)}`, window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      socket = new WebSocket(url);
      socket.addEventListener('message', (event) => {
        setProblem(undefined);
        setCurrent(JSON.parse(String(event.data)) as OverlayMessage);
      });
      socket.addEventListener('close', (event) => {
        if (event.code === 4403) return setProblem(event.reason);
        if (!ended) retry = setTimeout(connect, 2000);
      });
    };
    connect();
    return () => {
      ended = true;
      clearTimeout(retry);
      socket?.close();
      document.documentElement.classList.remove('vocab-overlay-page');
    };
  }, []);
  if (problem) return <p className="vocab-overlay__problem">{problem}</p>;
  if (!current) return null;
  return (
    <div className="vocab-overlay" data-testid="vocab-overlay">
      <div className="vocab-overlay__expression" lang="ja">{current.expression}</div>
      <div className="vocab-overlay__reading" lang="ja">{current.reading}</div>
      {current.english && <div className="vocab-overlay__meaning">{current.english}</div>}
    </div>
  );
}
