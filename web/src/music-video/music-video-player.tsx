/** The finished video: a player with the thumbnail as its poster, and a link to download it. */
import type { AssetSummary } from './music-video-api.ts';
import { assetContentPath } from './music-video-api.ts';
import { useAssetUrl } from './use-asset-url.ts';

export function MusicVideoPlayer({ video, thumbnail }: { video: AssetSummary; thumbnail?: AssetSummary }) {
  const source = useAssetUrl(video.id);
  const poster = useAssetUrl(thumbnail?.id);
  const duration = Number(video.metadata.duration ?? 0);
  const megabytes = (video.sizeBytes / (1024 * 1024)).toFixed(1);
  return (
    <div className="music-video-player">
      {source ? (
        <video controls preload="metadata" src={source} poster={poster} data-testid="music-video" aria-describedby="music-video-facts" />
      ) : (
        <p className="muted">Loading the video…</p>
      )}
      <p id="music-video-facts" className="hint">
        {String(video.metadata.alt ?? 'The music video.')} {duration ? `${duration.toFixed(1)} s, ` : ''}{megabytes} MB, H.264 and AAC.
      </p>
      {/* With an access token the bytes are already here as a blob; without one the server sends them as a download. */}
      <a className="button" href={source?.startsWith('blob:') ? source : assetContentPath(video.id, { download: true })} download={video.name}>
        Download {video.name}
      </a>
    </div>
  );
}
