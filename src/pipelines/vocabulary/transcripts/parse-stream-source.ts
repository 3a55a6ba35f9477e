/**
 * Where a stream lives: YouTube (`watch?v=`, `youtu.be/`, `/live/`, `/shorts/`, `/embed/`) and Twitch
 * VODs (`/videos/ID`) are recognised so each item's time can link back into the video; any other
 * http(s) URL is kept as `other`, without links.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import type { StreamSource } from '../vocabulary-contracts.ts';

export type StreamMeta = Pick<StreamSource, 'title' | 'channel' | 'date'>;

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const twitchHosts = new Set(['twitch.tv', 'www.twitch.tv', 'm.twitch.tv']);
const youtubeId = /^[A-Za-z0-9_-]{11}$/;

function youtubeVideoId(url: URL): string | undefined {
  if (url.hostname === 'youtu.be') return url.pathname.split('/')[1];
  if (!youtubeHosts.has(url.hostname)) return undefined;
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? undefined;
  const match = /^\/(?:live|shorts|embed|v)\/([^/?#]+)/.exec(url.pathname);
  return match?.[1];
}

export function parseStreamSource(url: string | undefined, meta: StreamMeta = {}): StreamSource {
  if (!url || url.trim() === '') return { ...meta };
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new BadInputError(`"${url.slice(0, 200)}" is not a URL; give the stream's YouTube or Twitch address, or leave it out.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new BadInputError(`The stream URL must start with https:// (got ${parsed.protocol}).`);
  }
  const href = parsed.toString();
  if (parsed.hostname === 'youtu.be' || youtubeHosts.has(parsed.hostname)) {
    const videoId = youtubeVideoId(parsed);
    if (!videoId || !youtubeId.test(videoId)) {
      throw new BadInputError(`"${url.slice(0, 200)}" is a YouTube address without a video id; copy the video's own link (watch?v=…, youtu.be/…, /live/… or /shorts/…).`);
    }
    return { ...meta, url: href, platform: 'youtube', videoId };
  }
  if (twitchHosts.has(parsed.hostname)) {
    const match = /^\/videos\/(\d+)/.exec(parsed.pathname);
    if (!match) {
      throw new BadInputError(`"${url.slice(0, 200)}" is not a Twitch video; links need a past broadcast (twitch.tv/videos/…), not a channel.`);
    }
    return { ...meta, url: href, platform: 'twitch', videoId: match[1] };
  }
  return { ...meta, url: href, platform: 'other' };
}
