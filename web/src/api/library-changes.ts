/**
 * Tells every open view that something the user made changed (deleted, cancelled, started again),
 * so the Library, Home's recent row, Jobs and each studio's own library reload instead of showing
 * what is gone. In this tab through a window event; in the user's other tabs through a
 * BroadcastChannel, since a job deleted there is as gone here.
 */
import { useEffect, useRef } from 'react';

const eventName = 'kiln:library-change';
const channelName = 'kiln-library';
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;

// Paths whose successful writes change what the Library lists; settings and live sessions do not.
const libraryPaths = /^\/api\/(jobs|music-videos|stories|vocabulary\/streams)(\/|\?|$)/;

export interface LibraryChange {
  /** The request that made the change, e.g. `DELETE /api/jobs/abc`. */
  method: string;
  path: string;
}

/** Called by apiFetch after every successful request; announces the writes that change the Library. */
export function announceIfLibraryChanged(method: string, path: string): void {
  if (method === 'GET' || method === 'HEAD' || !libraryPaths.test(path)) return;
  const change: LibraryChange = { method, path };
  window.dispatchEvent(new CustomEvent(eventName, { detail: change }));
  channel?.postMessage(change);
}

/** Runs `onChange` whenever something the user made changes, in this tab or another. */
export function useLibraryChanges(onChange: (change: LibraryChange) => void): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    const here = (event: Event) => callback.current((event as CustomEvent<LibraryChange>).detail);
    const elsewhere = (event: MessageEvent<LibraryChange>) => callback.current(event.data);
    // One channel per listener: a channel does not hear its own messages, so the tab's shared one would not do.
    const listener = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
    window.addEventListener(eventName, here);
    listener?.addEventListener('message', elsewhere);
    return () => {
      window.removeEventListener(eventName, here);
      listener?.close();
    };
  }, []);
}

/** Whether the change deleted this job (through the job routes or a studio's own delete). */
export function deletedJob(change: LibraryChange, jobId: string): boolean {
  return change.method === 'DELETE' && change.path.split(/[/?]/).includes(encodeURIComponent(jobId));
}
