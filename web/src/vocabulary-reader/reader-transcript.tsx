/**
 * The transcript beside the recording: one item per cue, the one playing marked `aria-current` and
 * kept in view inside the list's own scroll box (the page itself never jumps), each word of the
 * learner's list a button coloured by its status, and each cue's share of known words, i+1 cues marked.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { formatTimestamp } from '../vocabulary/highlighted-sentence.tsx';
import type { ExpressionStatus, ReaderCue } from './reader-api.ts';
import { isIPlusOne, knownShare, type CueShare } from './reader-shares.ts';

interface ReaderTranscriptProps {
  cues: ReaderCue[];
  shares: CueShare[];
  current: number;
  statusOf(entryId: string): ExpressionStatus;
  selected: { entryId: string; cue: number } | undefined;
  /** Null without a recording: the times are then links to the stream's page, where it has one. */
  onSeek: ((cue: number) => void) | null;
  /** `element` is the word's button, for the page to keep it in view. */
  onWord(entryId: string, cue: number, element: HTMLElement): void;
}

const statusNames: Record<ExpressionStatus, string> = { new: 'new', learning: 'learning', known: 'known' };

export function ReaderTranscript({ cues, shares, current, statusOf, selected, onSeek, onWord }: ReaderTranscriptProps) {
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const box = list.current;
    const item = box?.children[current] as HTMLElement | undefined;
    if (!box || !item) return;
    // Scrolls the list only, keeping the cue a third of the way down so what comes next shows.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.scrollTo({ top: Math.max(0, item.offsetTop - box.clientHeight / 3), behavior: still ? 'auto' : 'smooth' });
  }, [current]);

  return (
    <ol className="reader-cues" ref={list} aria-label="Transcript" tabIndex={-1}>
      {cues.map((cue, index) => {
        const share = shares[index];
        const known = knownShare(share);
        const iPlusOne = isIPlusOne(share);
        const time = cue.start === null ? null : formatTimestamp(cue.start);
        const seek = onSeek && cue.start !== null ? () => onSeek(index) : undefined;
        return (
          <li key={index} className={`reader-cue${index === current ? ' reader-cue--current' : ''}${iPlusOne ? ' reader-cue--i-plus-one' : ''}`}
            aria-current={index === current ? 'true' : undefined} data-cue={index} onClick={seek}>
            <div className="reader-cue__meta">
              {time && seek ? <button type="button" className="reader-cue__time" aria-label={`Play from ${time}`} onClick={(event) => { event.stopPropagation(); seek(); }}>{time}</button>
                : time && cue.link ? <a className="reader-cue__time" href={cue.link} target="_blank" rel="noreferrer" aria-label={`Open the stream at ${time}`}>{time}</a>
                : time ? <span className="reader-cue__time">{time}</span> : null}
              {known === null ? null : <span className="reader-cue__share">{Math.round(known * 100)}% known</span>}
              {iPlusOne ? <span className="reader-cue__badge" title="One word you do not know yet: the best sentence to mine">i+1</span> : null}
            </div>
            <p className="reader-cue__text" lang="ja">
              {cue.words.map((word, at) => {
                if (!word.entryId) return <span key={at}>{word.text}</span>;
                const status = statusOf(word.entryId);
                const entryId = word.entryId;
                const open = (event: MouseEvent<HTMLElement>) => { event.stopPropagation(); onWord(entryId, index, event.currentTarget); };
                return (
                  <button key={at} type="button" className={`reader-word reader-word--${status}`} data-entry={entryId}
                    aria-controls="reader-entry" aria-expanded={selected?.entryId === entryId && selected.cue === index} onClick={open}>
                    {word.text}<span className="visually-hidden"> ({statusNames[status]})</span>
                  </button>
                );
              })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
