import { describe, expect, it } from 'vitest';
import { frameStarts, id3v2TagBytes, readMp3Layout, wholeFramesEnd } from './mp3-layout.ts';

/** MPEG-1 Layer III, no CRC, 128 kbit/s, 44.1 kHz, no padding, joint stereo: 417 bytes a frame. */
const stereoHeader = [0xff, 0xfb, 0x90, 0x64];
const frameBytes = 417;

/** `count` frames of zeros behind `header` (side information of zeros: no reservoir drawn on). */
function frames(count: number, header = stereoHeader): Uint8Array {
  const bytes = new Uint8Array(count * frameBytes);
  for (let frame = 0; frame < count; frame++) bytes.set(header, frame * frameBytes);
  return bytes;
}

/** An Info frame (CBR's Xing header) with frame count, TOC, quality and a LAME tag of `delay` and `padding`. */
function infoFrame(frameCount: number, delay: number, padding: number, encoder = 'LAME3.100'): Uint8Array {
  const frame = frames(1);
  const view = new DataView(frame.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((char, index) => (frame[at + index] = char.charCodeAt(0)));
  ascii(36, 'Info'); // after the header (4) and stereo side information (32)
  view.setUint32(40, 0x0f);
  view.setUint32(44, frameCount);
  ascii(156, encoder); // after the frame count, byte count, 100-byte TOC and quality
  frame.set([delay >> 4, ((delay & 15) << 4) | (padding >> 8), padding & 255], 156 + 21);
  return frame;
}

const concat = (...parts: Uint8Array[]) => {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (whole.set(part, at), at + part.length), 0);
  return whole;
};
const noTail = new Uint8Array(0);

describe('readMp3Layout', () => {
  it('starts after an Info frame and takes the encoder delay (+529) and song length from its LAME tag', () => {
    const file = concat(infoFrame(100, 576, 1000), frames(100));
    expect(readMp3Layout(file, 0, file.length, file.subarray(-160))).toEqual({
      audioStart: frameBytes,
      audioEnd: file.length,
      sampleRate: 44100,
      channels: 2,
      skipSamples: 576 + 529,
      songSamples: 100 * 1152 - 576 - 1000,
    });
  });

  it('trusts the delay only from LAME or ffmpeg, as ffmpeg does, but skips any Info frame', () => {
    const file = concat(infoFrame(100, 576, 1000, 'Other1.0x'), frames(100));
    expect(readMp3Layout(file, 0, file.length, noTail)).toMatchObject({ audioStart: frameBytes, skipSamples: 0, songSamples: null });
  });

  it('reads a stream without an Info frame from its first frame, offset by the tags before it', () => {
    const file = frames(10);
    expect(readMp3Layout(file, 300, 300 + file.length, noTail)).toMatchObject({ audioStart: 300, skipSamples: 0, songSamples: null, channels: 2 });
    expect(readMp3Layout(frames(10, [0xff, 0xfb, 0x90, 0xc4]), 0, 4170, noTail)?.channels).toBe(1);
  });

  it('ends the audio before an ID3v1 tag and an APEv2 tag in front of it', () => {
    const ape = new Uint8Array(64); // an APEv2 tag: 32 bytes of items, then its 32-byte footer
    [...'APETAGEX'].forEach((char, index) => (ape[32 + index] = char.charCodeAt(0)));
    new DataView(ape.buffer).setUint32(32 + 12, 64, true);
    const id3v1 = new Uint8Array(128);
    id3v1.set([0x54, 0x41, 0x47]);
    const file = concat(frames(10), ape, id3v1);
    expect(readMp3Layout(file, 0, file.length, file.subarray(-160))?.audioEnd).toBe(10 * frameBytes);
  });

  it('leaves to ffmpeg what the in-process decoder does not take', () => {
    const layoutOf = (header: number[]) => readMp3Layout(frames(10, header), 0, 10 * frameBytes, noTail);
    expect(layoutOf([0xff, 0xfb, 0x00, 0x64])).toBeNull(); // free format
    expect(layoutOf([0xff, 0xfb, 0x94, 0x64])).toBeNull(); // 48 kHz
    expect(layoutOf([0xff, 0xf3, 0x90, 0x64])).toBeNull(); // MPEG-2
    expect(layoutOf([0xff, 0xe3, 0x90, 0x64])).toBeNull(); // MPEG-2.5
    expect(layoutOf([0xff, 0xfd, 0x90, 0x64])).toBeNull(); // Layer II
    expect(readMp3Layout(concat(frames(1), new Uint8Array(5000)), 0, 5417, noTail)).toBeNull(); // bytes that only begin like a frame
    const vbri = frames(10);
    vbri.set([0x56, 0x42, 0x52, 0x49], 36);
    expect(readMp3Layout(vbri, 0, vbri.length, noTail)).toBeNull();
  });
});

describe('wholeFramesEnd', () => {
  it('ends after the last whole frame, dropping one cut short', () => {
    expect(wholeFramesEnd(frames(5))).toBe(5 * frameBytes);
    expect(wholeFramesEnd(frames(5).subarray(0, 5 * frameBytes - 100))).toBe(4 * frameBytes);
  });

  it('is null where the chain breaks with more left than a frame, or the channels change', () => {
    expect(wholeFramesEnd(concat(frames(3), new Uint8Array(2000), frames(3)))).toBeNull();
    expect(wholeFramesEnd(concat(frames(3), frames(3, [0xff, 0xfb, 0x90, 0xc4])))).toBeNull();
  });

  it('is null where the first frame draws on a reservoir before it (a stream cut at its start)', () => {
    const cut = frames(5);
    cut[4] = 0x80; // main_data_begin = 256
    expect(wholeFramesEnd(cut)).toBeNull();
  });
});

describe('frameStarts', () => {
  it('gives the byte of every frame and the end after the last', () => {
    const chain = frames(5);
    expect(Array.from(frameStarts(chain, chain.length))).toEqual([0, 1, 2, 3, 4, 5].map((frame) => frame * frameBytes));
    expect(Array.from(frameStarts(chain, 3 * frameBytes))).toEqual([0, frameBytes, 2 * frameBytes, 3 * frameBytes]);
  });
});

describe('id3v2TagBytes', () => {
  it('reads the syncsafe size, with the footer when the flag says one follows', () => {
    const tag = [0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 2, 1];
    expect(id3v2TagBytes(Uint8Array.from(tag))).toBe(10 + 257);
    expect(id3v2TagBytes(Uint8Array.from(tag.map((byte, index) => (index === 5 ? 0x10 : byte))))).toBe(10 + 257 + 10);
    expect(id3v2TagBytes(Uint8Array.from(tag.map((byte, index) => (index === 8 ? 0x82 : byte))))).toBe(0);
    expect(id3v2TagBytes(frames(1))).toBe(0);
  });
});
