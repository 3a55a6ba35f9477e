/** The key-moment pictures as they arrive, each with its time, its kind of moment and its alt text. */
import { clock } from './intensity-chart.tsx';
import type { AssetSummary } from './music-video-api.ts';
import { useAssetUrl } from './use-asset-url.ts';
import { describeModel } from '../../../src/providers/describe-model.ts';

export function MomentGallery({ images, expected }: { images: AssetSummary[]; expected: number | undefined }) {
  if (images.length === 0) return <p className="muted">The pictures appear here as they are drawn.</p>;
  return (
    <>
      <p className="hint" aria-live="polite">
        {expected ? `${images.length} of ${expected} pictures drawn.` : `${images.length} pictures drawn.`}
      </p>
      <ol className="moment-gallery" data-testid="moment-gallery">
        {images.map((image) => (
          <MomentPicture key={image.id} image={image} />
        ))}
      </ol>
    </>
  );
}

function MomentPicture({ image }: { image: AssetSummary }) {
  const url = useAssetUrl(image.id);
  const moment = image.metadata.moment as { timestamp?: number; description?: string } | undefined;
  const alt = String(image.metadata.alt ?? `Key moment ${Number(image.metadata.index ?? 0) + 1}`);
  return (
    <li className="moment-gallery__item">
      <figure>
        {url ? <img src={url} alt={alt} loading="lazy" width={320} height={180} /> : <div className="moment-gallery__placeholder" />}
        <figcaption>
          <strong>{moment?.timestamp !== undefined ? clock(moment.timestamp) : ''}</strong> {moment?.description ?? ''}
          {image.metadata.servedBy ? <span className="muted"> · {describeModel(String(image.metadata.servedBy))}</span> : null}
        </figcaption>
      </figure>
    </li>
  );
}
