/** A small picture of an asset, or a quiet placeholder of the same size, so rows line up either way. */
import { useAssetUrl } from '../music-video/use-asset-url.ts';

export function AssetThumbnail({ assetId, className = 'asset-thumbnail' }: { assetId: string | null | undefined; className?: string }) {
  const url = useAssetUrl(assetId ?? undefined);
  // Decorative: the row's title says what the job is, so the picture adds nothing for a screen reader.
  if (!url) return <span className={`${className} ${className}--empty`} aria-hidden="true" />;
  return <img className={className} src={url} alt="" loading="lazy" width={96} height={54} />;
}
