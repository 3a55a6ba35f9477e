/**
 * The streamer side of the live page as a hook: camera, session, websocket, frame sampling and
 * the figures of the live panel. The page only renders what this holds.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { apiFetch } from '../api/kiln-api.ts';
import type { LiveStyle, PresetSummary } from '../../../src/live-style/live-messages.ts';
import { createFrameDrawer } from './draw-styled-frame.ts';
import { describeClose, LiveClient } from './live-client.ts';
import { LiveStats, type LiveFigures } from './live-stats.ts';

export interface LiveSessionLinks {
  sessionId: string;
  viewerUrl: string;
  overlayUrl: string;
  /** Who can open the links; `this-computer` when Kiln listens on loopback only. */
  linkReach: 'public' | 'network' | 'this-computer';
  streamPath: string;
}

export type StreamerState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; position: number }
  | { phase: 'live' }
  | { phase: 'stopped'; reason: string };

const sessionKey = 'kiln.live.sessionId';
/** Camera frames are scaled to fit this square before they are sent: what the backends work at. */
const frameSide = 512;

async function openSession(): Promise<LiveSessionLinks> {
  // A reload keeps the session (and so the viewer link) when it still exists on the server.
  const remembered = sessionStorage.getItem(sessionKey);
  if (remembered) {
    const { sessions } = (await (await apiFetch('/api/live/sessions')).json()) as { sessions: LiveSessionLinks[] };
    const found = sessions.find((session) => session.sessionId === remembered);
    if (found) return found;
  }
  const created = (await (await apiFetch('/api/live/sessions', { method: 'POST' })).json()) as LiveSessionLinks;
  sessionStorage.setItem(sessionKey, created.sessionId);
  return created;
}

export function useLiveStreamer(video: RefObject<HTMLVideoElement | null>, output: RefObject<HTMLCanvasElement | null>) {
  const [state, setState] = useState<StreamerState>({ phase: 'idle' });
  const [links, setLinks] = useState<LiveSessionLinks>();
  const [presets, setPresets] = useState<PresetSummary[]>([]);
  const [styleDescription, setStyleDescription] = useState('');
  const [notice, setNotice] = useState<string>();
  const [viewers, setViewers] = useState(0);
  const [figures, setFigures] = useState<LiveFigures>();
  const [fps, setFps] = useState(5);
  const [paused, setPaused] = useState(false);
  const client = useRef<LiveClient | undefined>(undefined);
  const camera = useRef<MediaStream | undefined>(undefined);
  const stats = useRef(new LiveStats());
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  /** The look picked on this page, before or after the camera started: sent on every (re)connect. */
  const chosenStyle = useRef<LiveStyle | undefined>(undefined);
  /** Captions by style generation, so the caption changes with the first picture of the new look. */
  const descriptions = useRef(new Map<number, string>());

  // The presets come with the page, not the socket: they can be chosen before the camera starts.
  useEffect(() => {
    let current = true;
    apiFetch('/api/live/presets')
      .then(async (response) => ((await response.json()) as { presets: PresetSummary[] }).presets)
      .then((loaded) => current && setPresets(loaded))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const release = useCallback(() => {
    client.current?.close();
    client.current = undefined;
    camera.current?.getTracks().forEach((track) => track.stop());
    camera.current = undefined;
  }, []);

  const stop = useCallback((reason = 'You stopped the camera.') => {
    release();
    setState({ phase: 'stopped', reason });
  }, [release]);

  const start = useCallback(async () => {
    setNotice(undefined);
    setState({ phase: 'starting' });
    try {
      camera.current = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } }, audio: false });
      if (video.current) {
        video.current.srcObject = camera.current;
        await video.current.play().catch(() => undefined);
      }
      const session = await openSession();
      setLinks(session);
      stats.current = new LiveStats();
      descriptions.current = new Map();
      const draw = createFrameDrawer(output.current!, (frame) => {
        const description = descriptions.current.get(frame.styleVersion ?? 0);
        if (description !== undefined) setStyleDescription(description);
      });
      client.current = new LiveClient(session.streamPath, {
        frame: (frame) => {
          draw(frame);
          stats.current.frameReceived(performance.now(), Date.now() - frame.captureTime, frame.repeat, frame.dropped ?? 0);
        },
        message: (message) => {
          if (message.type === 'welcome') {
            setPresets(message.presets);
            descriptions.current.set(message.styleVersion, message.description);
          }
          if (message.type === 'admitted') setState({ phase: 'live' });
          if (message.type === 'waiting') setState({ phase: 'waiting', position: message.position });
          // Not shown yet: the caption changes when the first picture in this look is drawn.
          if (message.type === 'style-changed') descriptions.current.set(message.styleVersion, message.description);
          if (message.type === 'viewers') setViewers(message.count);
          if (message.type === 'error' || message.type === 'frame-error') setNotice(message.message);
        },
        close: (code, reason) => {
          if (code !== 1000) stop(describeClose(code, reason));
        },
      });
      if (chosenStyle.current) client.current.sendStyle(chosenStyle.current);
    } catch (error) {
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'NotFoundError');
      stop(denied ? 'The camera is not available: allow this page to use it, or plug one in.' : error instanceof Error ? error.message : String(error));
    }
  }, [output, stop, video]);

  // Samples the camera at the chosen rate; a tick is skipped while the server still works on the last frame.
  useEffect(() => {
    const capture = document.createElement('canvas');
    let encoding = false;
    const timer = setInterval(() => {
      const source = video.current;
      const live = client.current;
      if (pausedRef.current || encoding || !source || !live?.ready || source.readyState < 2 || source.videoWidth === 0) return;
      const scale = Math.min(1, frameSide / Math.max(source.videoWidth, source.videoHeight));
      capture.width = Math.round(source.videoWidth * scale);
      capture.height = Math.round(source.videoHeight * scale);
      capture.getContext('2d')!.drawImage(source, 0, 0, capture.width, capture.height);
      const captureTime = Date.now();
      encoding = true;
      capture.toBlob(async (blob) => {
        encoding = false;
        if (!blob || client.current !== live) return;
        if (live.sendFrame(new Uint8Array(await blob.arrayBuffer()), 'image/jpeg', captureTime) !== undefined) stats.current.frameSent();
      }, 'image/jpeg', 0.8);
    }, 1000 / fps);
    return () => clearInterval(timer);
  }, [fps, video]);

  useEffect(() => {
    const timer = setInterval(() => setFigures(stats.current.figures(performance.now())), 500);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => release, [release]);

  const sendStyle = useCallback((style: LiveStyle) => {
    chosenStyle.current = style;
    client.current?.sendStyle(style);
  }, []);

  const endSession = useCallback(async () => {
    if (!links) return;
    stop('You ended the session; viewer links no longer work.');
    sessionStorage.removeItem(sessionKey);
    await apiFetch(`/api/live/sessions/${encodeURIComponent(links.sessionId)}`, { method: 'DELETE' }).catch(() => undefined);
    setLinks(undefined);
  }, [links, stop]);

  return { state, links, presets, styleDescription, notice, viewers, figures, fps, setFps, paused, setPaused, start, stop, sendStyle, endSession };
}
