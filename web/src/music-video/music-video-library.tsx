/**
 * The library of finished music videos: thumbnail, song, length, size and date of each, with a
 * player that opens in place, a download link, "Render again" (the video's page with its song, where
 * the render-again form takes other settings) and a delete that asks once more before it goes.
 */
import { useEffect, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { useLibraryChanges } from '../api/library-changes.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { assetContentPath, deleteMusicVideo, listMusicVideos, type MusicVideoEntry } from './music-video-api.ts';
import { useAssetUrl } from './use-asset-url.ts';

export function MusicVideoLibrary({ refreshKey, onOpen }: { refreshKey: string; onOpen(jobId: string): void }) {
  const [videos, setVideos] = useState<MusicVideoEntry[]>();
  const [error, setError] = useState<ApiError>();
  const [reload, setReload] = useState(0);
  // A video deleted in the Library or another tab leaves this list too.
  useLibraryChanges(() => setReload((count) => count + 1));

  useEffect(() => {
    const controller = new AbortController();
    // The key is `jobId:videoId`: a video just shown may be a moment ahead of its job's finished state
    // in the list, so the list is asked again (a few times, a second apart) until it names that job.
    const [expectedJobId, videoId] = refreshKey.split(':');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchList = (triesLeft: number) => {
      listMusicVideos(controller.signal).then((list) => {
        setVideos(list);
        const missing = Boolean(videoId && expectedJobId) && !list.some((entry) => entry.jobId === expectedJobId);
        if (missing && triesLeft > 0 && !controller.signal.aborted) timer = setTimeout(() => fetchList(triesLeft - 1), 1000);
      }, (reason: unknown) => {
        if (!controller.signal.aborted) setError(asApiError(reason));
      });
    };
    fetchList(20);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [refreshKey, reload]);

  return (
    <section className="card music-video-library" aria-labelledby="music-video-library">
      <h2 id="music-video-library">Your music videos</h2>
      {error ? <ApiErrorMessage error={error} action="Could not list your videos" /> : null}
      {videos === undefined ? <p className="muted">Loading…</p> : null}
      {videos?.length === 0 ? <p className="muted">Finished videos appear here.</p> : null}
      <ul className="music-video-library__list">
        {videos?.map((video) => (
          <LibraryEntry key={video.jobId} video={video} onOpen={onOpen} onDeleted={() => setReload((count) => count + 1)} onError={setError} />
        ))}
      </ul>
    </section>
  );
}

function LibraryEntry({ video, onOpen, onDeleted, onError }: { video: MusicVideoEntry; onOpen(jobId: string): void; onDeleted(): void; onError(error: ApiError): void }) {
  const thumbnail = useAssetUrl(video.thumbnailAssetId);
  const [playing, setPlaying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const source = useAssetUrl(playing ? video.videoAssetId : undefined);
  const title = video.songName ?? 'A song since deleted';
  const date = new Date(video.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  async function remove() {
    try {
      await deleteMusicVideo(video.jobId);
      onDeleted();
    } catch (reason) {
      onError(asApiError(reason));
    }
  }

  return (
    <li className="music-video-library__entry" data-testid="library-entry">
      {playing && source ? (
        <video className="music-video-library__media" controls autoPlay src={source} data-testid="library-video" />
      ) : (
        <img className="music-video-library__media" src={thumbnail} alt={`Thumbnail of the video for ${title}`} />
      )}
      <div className="music-video-library__facts">
        <strong>{title}</strong>
        <span>{formatLength(video.duration)} · {video.width}×{video.height} at {video.fps} fps · {date}</span>
        {video.style ? <span className="muted">{video.style}</span> : null}
      </div>
      <div className="music-video-library__actions">
        <button type="button" className="button" onClick={() => setPlaying(true)} disabled={playing}>Play</button>
        <a className="button" href={assetContentPath(video.videoAssetId, { download: true })} download>Download</a>
        <button type="button" className="button" onClick={() => onOpen(video.jobId)}>Render again</button>
        {confirming ? (
          <>
            <button type="button" className="button button--danger" onClick={remove}>Delete for good</button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>Keep it</button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>Delete</button>
        )}
      </div>
    </li>
  );
}

function formatLength(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
