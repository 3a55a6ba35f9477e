import { describe, expect, it } from 'vitest';
import { parseFfmpegHeader } from './probe-media.ts';

const header = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'final_video.mp4':
  Duration: 00:03:00.01, start: 0.000000, bitrate: 420 kb/s
  Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 960x540 [SAR 1:1 DAR 16:9], 387 kb/s, 24 fps, 24 tbr, 12288 tbn (default)
  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 192 kb/s (default)
Stream mapping:
  Stream #0:0 -> #0:0 (h264 (native) -> wrapped_avframe (native))
Output #0, null, to 'pipe:':
  Stream #0:0(und): Video: wrapped_avframe, yuv420p(progressive), 960x540, q=2-31, 200 kb/s, 24 fps`;

describe('parseFfmpegHeader', () => {
  it('reads the duration and the input streams, not the output ones', () => {
    expect(parseFfmpegHeader(header)).toEqual({
      duration: 180.01,
      streams: [
        { kind: 'video', codec: 'h264', width: 960, height: 540, fps: 24 },
        { kind: 'audio', codec: 'aac', sampleRate: 44100 },
      ],
    });
  });

  it('has no duration for a file whose header gives none', () => {
    expect(parseFfmpegHeader("Input #0, png_pipe, from 'a.png':\n  Stream #0:0: Video: png, rgba(pc), 64x64, 25 tbr")).toEqual({
      duration: undefined,
      streams: [{ kind: 'video', codec: 'png', width: 64, height: 64 }],
    });
  });
});
