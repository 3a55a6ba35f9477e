/**
 * A link that downloads an asset. Without an access token it is a plain link the server answers as
 * a download; with one, the bytes are fetched with the token first, because a link cannot send an
 * Authorization header.
 */
import type { MouseEvent } from 'react';
import { readAccessToken } from '../api/access-token.ts';
import { apiFetch } from '../api/kiln-api.ts';
import { assetContentPath } from '../music-video/music-video-api.ts';

export function AssetDownloadLink({ assetId, name, label, className = 'asset-download', ariaLabel }: {
  assetId: string; name: string; label?: string; className?: string; ariaLabel?: string;
}) {
  const href = assetContentPath(assetId, { download: true });

  async function downloadWithToken(event: MouseEvent<HTMLAnchorElement>) {
    if (readAccessToken() === null) return;
    event.preventDefault();
    const blob = await (await apiFetch(href)).blob();
    const url = URL.createObjectURL(blob);
    const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  return (
    <a className={className} aria-label={ariaLabel} href={href} download={name} onClick={(event) => void downloadWithToken(event)}>
      {label ?? name}
    </a>
  );
}
