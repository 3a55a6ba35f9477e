/**
 * A finished job's result the way its studio shows it: a story opens in the reader, a music video
 * plays, a vocabulary list opens in its studio, shorts play; every file the job made can be
 * downloaded. The raw output stays one click away on the job page, not in the way.
 */
import type { Job } from '../api/api-types.ts';
import { AssetDownloadLink } from '../components/asset-download-link.tsx';
import { AssetThumbnail } from '../components/asset-thumbnail.tsx';
import { useApiData } from '../components/use-api-data.ts';
import { listJobAssets } from '../music-video/music-video-api.ts';
import { useAssetUrl } from '../music-video/use-asset-url.ts';
import { Link } from '../router.tsx';

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Fields : {});
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function VideoPlayer({ assetId, posterAssetId, label }: { assetId: string; posterAssetId?: string; label: string }) {
  const source = useAssetUrl(assetId);
  const poster = useAssetUrl(posterAssetId);
  if (!source) return <p className="muted">Loading the video…</p>;
  return <video className="job-result__video" controls preload="metadata" src={source} poster={poster} aria-label={label} data-testid="job-result-video" />;
}

function StudioResult({ job }: { job: Job }) {
  const output = fieldsOf(job.output);
  const id = encodeURIComponent(job.id);
  switch (job.pipeline) {
    case 'story': {
      const storyId = text(output.storyId);
      if (!storyId) return null;
      return (
        <div className="job-result__story">
          <AssetThumbnail assetId={job.thumbnailAssetId} className="job-result__cover" />
          <div>
            <p className="job-result__title">{text(output.title) ?? 'Your story'}</p>
            <Link className="button button--primary" href={`/story/${encodeURIComponent(storyId)}`}>Read the story</Link>
          </div>
        </div>
      );
    }
    case 'music-video': {
      const video = text(output.videoAssetId);
      if (!video) return null;
      const duration = typeof output.duration === 'number' ? `${output.duration.toFixed(1)} s` : undefined;
      const bpm = typeof output.bpm === 'number' ? `${Math.round(output.bpm)} beats a minute` : undefined;
      return (
        <>
          <VideoPlayer assetId={video} posterAssetId={text(output.thumbnailAssetId)} label="The music video" />
          <p className="hint">{[duration, bpm].filter(Boolean).join(', ')}</p>
          <p><Link href={`/music-video?job=${id}`}>Open in the Music video studio</Link> to see the song’s chart and the pictures.</p>
        </>
      );
    }
    case 'vocabulary': {
      const items = typeof output.items === 'number' ? output.items : undefined;
      return (
        <p>
          {items !== undefined ? `${items} ${items === 1 ? 'expression' : 'expressions'} found. ` : ''}
          <Link className="button button--primary" href={`/vocabulary?job=${id}`}>Open the word list</Link>
        </p>
      );
    }
    case 'vocabulary-shorts': {
      const shorts = Array.isArray(output.shorts) ? output.shorts.map(fieldsOf) : [];
      return (
        <>
          <p><Link className="button button--primary" href={`/vocabulary/shorts?job=${id}`}>Open in the shorts studio</Link></p>
          <ul className="job-result__shorts">
            {shorts.map((short) => text(short.assetId) ? (
              <li key={String(short.assetId)}>
                <VideoPlayer assetId={String(short.assetId)} label={`Short ${String(short.index)}`} />
              </li>
            ) : null)}
          </ul>
        </>
      );
    }
    case 'diagnostic':
      return <p>The system check ran {String(output.steps ?? '')} steps{text(output.label) ? ` for “${String(output.label)}”` : ''}: the queue, the worker and the step cache work.</p>;
    default:
      return null;
  }
}

export function JobResult({ job }: { job: Job }) {
  const files = useApiData((signal) => listJobAssets(job.id, signal), [job.id]);
  return (
    <section className="card job-result" aria-labelledby="job-result">
      <h2 id="job-result">Result</h2>
      <StudioResult job={job} />
      {files.data && files.data.length > 0 ? (
        <details className="disclosure">
          <summary>Download the files ({files.data.length})</summary>
          <ul className="job-result__files">
            {files.data.map((file) => (
              <li key={file.id}>
                <AssetDownloadLink assetId={file.id} name={file.name} />
                <span className="muted"> {file.mediaType}, {(file.sizeBytes / 1024).toFixed(0)} KB</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
