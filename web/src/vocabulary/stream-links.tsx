/** The learner's streams, each opening its reader: the recording beside the transcript, to watch and mine. */
import { Link } from '../router.tsx';
import type { StreamRecord } from './vocabulary-api.ts';

/** More than a learner scrolls through here; the stream filter of the list still has them all. */
const shownStreams = 20;

export function StreamLinks({ streams }: { streams: StreamRecord[] }) {
  if (streams.length === 0) return null;
  return (
    <section className="card vocabulary-streams" aria-labelledby="vocabulary-streams-title">
      <h2 id="vocabulary-streams-title">Watch and mine</h2>
      <p className="muted">Each stream beside its transcript, every word one click from its entry and its card.</p>
      <ul>
        {streams.slice(0, shownStreams).map((stream) => (
          <li key={stream.id}>
            <Link href={`/vocabulary/streams/${encodeURIComponent(stream.id)}`}>{stream.title ?? `Stream of ${stream.createdAt.slice(0, 10)}`}</Link>
            <span className="muted">
              {stream.comprehension === null ? '' : ` · you know ${Math.round(stream.comprehension * 100)}%`}
              {stream.recordingAssetId ? ' · with its recording' : ' · subtitles only'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
