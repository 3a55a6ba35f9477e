/**
 * A link that opens the stream at a moment: YouTube takes `t=123s`, Twitch VODs `t=0h2m3s`. Other
 * sources, and cues without times, have no link.
 */
import type { StreamSource } from '../vocabulary-contracts.ts';

export function linkAt(source: StreamSource, seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || !source.videoId) return null;
  const whole = Math.max(0, Math.floor(seconds));
  if (source.platform === 'youtube') {
    return `https://www.youtube.com/watch?v=${encodeURIComponent(source.videoId)}&t=${whole}s`;
  }
  if (source.platform === 'twitch') {
    const hours = Math.floor(whole / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    return `https://www.twitch.tv/videos/${encodeURIComponent(source.videoId)}?t=${hours}h${minutes}m${whole % 60}s`;
  }
  return null;
}
