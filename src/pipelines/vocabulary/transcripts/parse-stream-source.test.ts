import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../engine/errors/index.ts';
import { linkAt } from './link-at.ts';
import { parseStreamSource } from './parse-stream-source.ts';

describe('parseStreamSource', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=5', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ?si=abc', 'dQw4w9WgXcQ'],
    ['https://youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
  ])('finds the YouTube video id in %s', (url, videoId) => {
    expect(parseStreamSource(url, { title: 'Minecraft' })).toMatchObject({ platform: 'youtube', videoId, title: 'Minecraft' });
  });

  it('finds a Twitch VOD id', () => {
    expect(parseStreamSource('https://www.twitch.tv/videos/2012345678')).toMatchObject({ platform: 'twitch', videoId: '2012345678' });
  });

  it('keeps other sites as other, and no URL as metadata only', () => {
    expect(parseStreamSource('https://example.com/vod/1')).toEqual({ url: 'https://example.com/vod/1', platform: 'other' });
    expect(parseStreamSource(undefined, { channel: 'Pekora' })).toEqual({ channel: 'Pekora' });
  });

  it.each([
    ['not a url', /not a URL/],
    ['ftp://youtube.com/watch?v=dQw4w9WgXcQ', /https/],
    ['https://www.youtube.com/@channel', /without a video id/],
    ['https://www.twitch.tv/somechannel', /not a Twitch video/],
  ])('refuses %s', (url, message) => {
    expect(() => parseStreamSource(url)).toThrowError(BadInputError);
    expect(() => parseStreamSource(url)).toThrowError(message);
  });
});

describe('linkAt', () => {
  it('links YouTube with t=…s and Twitch with t=…h…m…s', () => {
    expect(linkAt(parseStreamSource('https://youtu.be/dQw4w9WgXcQ'), 123.9)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=123s');
    expect(linkAt(parseStreamSource('https://www.twitch.tv/videos/42'), 3723)).toBe('https://www.twitch.tv/videos/42?t=1h2m3s');
    expect(linkAt(parseStreamSource('https://www.twitch.tv/videos/42'), 123)).toBe('https://www.twitch.tv/videos/42?t=0h2m3s');
  });

  it('has no link without a time or for other sites', () => {
    expect(linkAt(parseStreamSource('https://youtu.be/dQw4w9WgXcQ'), null)).toBeNull();
    expect(linkAt(parseStreamSource('https://example.com/x'), 10)).toBeNull();
  });
});
