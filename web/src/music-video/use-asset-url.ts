/**
 * A URL an <img> or <video> can load an asset from. Without an access token the server's own URL
 * is used (so video streams with range requests); with one, the bytes are fetched with the token
 * and shown from a blob: URL, since elements cannot send an Authorization header.
 */
import { useEffect, useState } from 'react';
import { readAccessToken } from '../api/access-token.ts';
import { apiFetch } from '../api/kiln-api.ts';
import { assetContentPath } from './music-video-api.ts';

export function useAssetUrl(assetId: string | undefined): string | undefined {
  const [blobUrl, setBlobUrl] = useState<string>();
  const needsToken = readAccessToken() !== null;

  useEffect(() => {
    if (!assetId || !needsToken) return;
    const controller = new AbortController();
    let created: string | undefined;
    apiFetch(assetContentPath(assetId), { signal: controller.signal })
      .then((response) => response.blob())
      .then((blob) => {
        created = URL.createObjectURL(blob);
        setBlobUrl(created);
      })
      .catch(() => undefined);
    return () => {
      controller.abort();
      if (created) URL.revokeObjectURL(created);
      setBlobUrl(undefined);
    };
  }, [assetId, needsToken]);

  if (!assetId) return undefined;
  return needsToken ? blobUrl : assetContentPath(assetId);
}
