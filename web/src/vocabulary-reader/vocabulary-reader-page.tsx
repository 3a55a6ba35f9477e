/**
 * Watch and mine: a stream's recording beside its transcript, the cue playing highlighted and kept
 * in view, every word of the learner's list coloured by its status and one click from its entry,
 * where it is marked or mined (its card made from that cue's sentence, audio and picture). Keys as
 * asbplayer has them: S replays the cue, A and D go to the previous and next cue, M mines.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useAssetUrl } from '../music-video/use-asset-url.ts';
import { Link } from '../router.tsx';
import { readerApi, type ExpressionStatus, type StreamReader } from './reader-api.ts';
import { ReaderEntryPanel } from './reader-entry-panel.tsx';
import { cueAt, cueShare, isIPlusOne, streamShare } from './reader-shares.ts';
import { ReaderTranscript } from './reader-transcript.tsx';
import './vocabulary-reader.css';

const asApiError = (reason: unknown) => (reason instanceof ApiError ? reason : new ApiError('internal', String(reason), 0));
const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function describeCard(card: { audio: boolean; picture: boolean; notes: string[] }): string {
  if (card.audio && card.picture) return 'Mined: its card has this sentence with its audio and a picture, ready in the mined deck.';
  if (card.audio) return 'Mined: its card has this sentence with its audio (the recording has no picture), ready in the mined deck.';
  return `Mined: its card has this sentence, without audio or picture. ${card.notes.join(' ')}`;
}

export function VocabularyReaderPage({ streamId }: { streamId: string }) {
  const [reader, setReader] = useState<StreamReader>();
  const [error, setError] = useState<ApiError>();
  const [statuses, setStatuses] = useState<Record<string, ExpressionStatus>>({});
  const [current, setCurrent] = useState(-1);
  const [selected, setSelected] = useState<{ entryId: string; cue: number }>();
  const [mined, setMined] = useState<{ entryId: string; message: string }>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const media = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const source = useAssetUrl(reader?.recording?.assetId);
  usePageTitle(reader ? `Watch ${reader.stream.title ?? 'a stream'}` : 'Watch and mine');

  useEffect(() => {
    const controller = new AbortController();
    readerApi.reader(streamId, controller.signal).then(setReader, (reason) => !controller.signal.aborted && setError(asApiError(reason)));
    return () => controller.abort();
  }, [streamId]);

  const entries = useMemo(() => new Map((reader?.entries ?? []).map((entry) => [entry.id, entry])), [reader]);
  const statusOf = useCallback((entryId: string): ExpressionStatus => statuses[entryId] ?? entries.get(entryId)?.status ?? 'new', [statuses, entries]);
  const shares = useMemo(() => (reader?.cues ?? []).map((cue) => cueShare(cue.words, (id) => statuses[id])), [reader, statuses]);
  const cues = reader?.cues ?? [];

  const seek = useCallback((index: number) => {
    const start = reader?.cues[index]?.start;
    if (!media.current || start === null || start === undefined) return;
    media.current.currentTime = start;
    setCurrent(index);
  }, [reader]);

  function openWord(entryId: string, cue: number, element: HTMLElement) {
    setSelected({ entryId, cue });
    // On a phone the entry covers the bottom of the screen: the word moves up to stay in view above it.
    if (!window.matchMedia('(max-width: 800px)').matches) return;
    requestAnimationFrame(() => window.scrollBy({ top: element.getBoundingClientRect().top - window.innerHeight * 0.25 }));
  }

  async function mark(status: ExpressionStatus) {
    if (!selected) return;
    setBusy(true);
    try {
      await readerApi.setStatus(selected.entryId, status);
      setStatuses((before) => ({ ...before, [selected.entryId]: status }));
      setAnnouncement(`${entries.get(selected.entryId)?.expression} is now ${status}.`);
    } catch (reason) { setError(asApiError(reason)); } finally { setBusy(false); }
  }

  async function mine() {
    if (!selected || !reader) return;
    setBusy(true);
    try {
      const answer = await readerApi.mine(selected.entryId, reader.stream.id, reader.cues[selected.cue].start);
      setStatuses((before) => ({ ...before, [selected.entryId]: answer.entry.status }));
      setMined({ entryId: selected.entryId, message: describeCard(answer.card) });
    } catch (reason) { setError(asApiError(reason)); } finally { setBusy(false); }
  }

  async function downloadDeck() {
    try {
      const notes = await readerApi.downloadMinedDeck();
      setAnnouncement(notes.length > 0 ? notes.join(' ') : 'The mined deck is downloading.');
    } catch (reason) { setError(asApiError(reason)); }
  }

  // The handlers change every render; the listener reads the latest through a ref instead of being added again.
  const keys = useRef({ seek, mine, current, count: cues.length, close: () => setSelected(undefined) });
  keys.current = { seek, mine, current, count: cues.length, close: () => setSelected(undefined) };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const { seek: go, mine: mineWord, current: at, count, close } = keys.current;
      const key = event.key.toLowerCase();
      if (key === 's' && at >= 0) { go(at); void media.current?.play().catch(() => undefined); }
      else if (key === 'a') go(Math.max(0, at - 1));
      else if (key === 'd') go(Math.min(count - 1, at + 1));
      else if (key === 'm') void mineWord();
      else if (key === 'escape') close();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (error && !reader) return <article className="reader-page"><h1>Watch and mine</h1><ApiErrorMessage error={error} action="Could not open the stream" /></article>;
  if (!reader) return <article className="reader-page"><h1>Watch and mine</h1><p className="muted" role="status">Reading the transcript…</p></article>;

  const share = streamShare(shares);
  const iPlusOne = shares.filter(isIPlusOne).length;
  const recording = reader.recording;
  const entry = selected ? entries.get(selected.entryId) : undefined;
  return (
    <article className={`reader-page${entry ? ' reader-page--entry-open' : ''}`}>
      <header className="page-header">
        <div>
          <h1>Watch and mine: <span lang="ja">{reader.stream.title ?? 'untitled stream'}</span></h1>
          <p className="reader-page__share" data-testid="reader-share">
            {share === null ? 'No words to count in this stream.' : <>You know <strong>{Math.round(share * 100)}%</strong> of the words in this stream; {iPlusOne} {iPlusOne === 1 ? 'cue has' : 'cues have'} exactly one new word (i+1), the best to mine.</>}
          </p>
          <p><Link href="/vocabulary">← All your vocabulary</Link></p>
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      {error ? <ApiErrorMessage error={error} action="That did not work" /> : null}
      <div className="reader">
        <div className="reader__side">
          {recording ? (
            recording.mediaType.startsWith('audio/')
              ? <audio ref={media} className="reader__media" controls preload="metadata" src={source} aria-label="Recording of the stream" onTimeUpdate={(event) => setCurrent(cueAt(cues, event.currentTarget.currentTime))} />
              : <video ref={media} className="reader__media" controls playsInline preload="metadata" src={source} aria-label="Recording of the stream" onTimeUpdate={(event) => setCurrent(cueAt(cues, event.currentTarget.currentTime))} />
          ) : (
            <p className="notice">No recording is attached to this stream, so there is nothing to play here{cues.some((cue) => cue.link) ? ' (each time opens the stream on its site)' : ''}. Attach one on the <Link href="/vocabulary">vocabulary page</Link> to watch it beside its transcript and mine cards with sound and picture.</p>
          )}
          <p className="reader__keys">Keys: <kbd>S</kbd> replay the cue · <kbd>A</kbd> previous cue · <kbd>D</kbd> next cue · <kbd>M</kbd> mine the open word · <kbd>Esc</kbd> close it</p>
          <p className="reader__legend">
            <span className="reader-word reader-word--new">new</span> <span className="reader-word reader-word--learning">learning</span> <span className="reader-word reader-word--known">known</span>
          </p>
          <ReaderEntryPanel entry={entry} status={selected ? statusOf(selected.entryId) : undefined} cues={cues} cue={selected?.cue}
            mined={mined && mined.entryId === selected?.entryId ? mined.message : undefined} busy={busy}
            onStatus={mark} onMine={mine} onSeek={recording ? seek : null} onClose={() => setSelected(undefined)} />
          <p><button type="button" className="button" onClick={downloadDeck}>Download mined cards (Anki deck)</button></p>
        </div>
        <ReaderTranscript cues={cues} shares={shares} current={current} statusOf={statusOf} selected={selected}
          onSeek={recording ? seek : null} onWord={openWord} />
      </div>
    </article>
  );
}
