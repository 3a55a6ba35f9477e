import { describe, expect, it } from 'vitest';
import { decodeFrameMessage, encodeFrameMessage, sniffFrameImage, styledHeaderLength, type FrameMessage } from './frame-protocol.ts';

const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

describe('live frame protocol', () => {
  it('carries a camera frame: id, capture time and the image bytes after a 20-byte header', () => {
    const frame: FrameMessage = { kind: 'camera', imageType: 'image/jpeg', frameId: 4_000_000_000, captureTime: 1_760_000_000_123.5, repeat: false, image: jpegBytes };
    const bytes = encodeFrameMessage(frame);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x4b, 0x4c, 1, 1, 1, 0, 0, 20]);
    expect(bytes.length).toBe(20 + jpegBytes.length);
    expect(decodeFrameMessage(bytes)).toEqual(frame);
  });

  it('carries a styled frame with its timings, the repeat flag, the dropped count and its style generation', () => {
    const frame: FrameMessage = {
      kind: 'styled', imageType: 'image/webp', frameId: 7, captureTime: 12.25, repeat: true, dropped: 3, styleVersion: 5,
      timings: { queueMs: 1.5, decodeMs: 0.75, inferenceMs: 20.5, encodeMs: 0.25 }, image: jpegBytes,
    };
    const bytes = encodeFrameMessage(frame);
    expect(bytes.length).toBe(styledHeaderLength + jpegBytes.length);
    expect(decodeFrameMessage(bytes)).toEqual(frame);
  });

  it('still reads a styled header from before the style generation, as generation 0', () => {
    const bytes = encodeFrameMessage({ kind: 'styled', imageType: 'image/jpeg', frameId: 2, captureTime: 1, repeat: false, styleVersion: 9, image: jpegBytes });
    const older = new Uint8Array(40 + jpegBytes.length);
    older.set(bytes.subarray(0, 40));
    older.set(jpegBytes, 40);
    new DataView(older.buffer).setUint16(6, 40);
    const frame = decodeFrameMessage(older);
    expect(frame.styleVersion).toBe(0);
    expect(Array.from(frame.image)).toEqual(Array.from(jpegBytes));
  });

  it('reads the image from where the header length says, so later versions may add fields', () => {
    const bytes = encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId: 1, captureTime: 0, repeat: false, image: jpegBytes });
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes.subarray(0, 20));
    longer.set(jpegBytes, 24);
    new DataView(longer.buffer).setUint16(6, 24);
    expect(Array.from(decodeFrameMessage(longer).image)).toEqual(Array.from(jpegBytes));
  });

  it.each([
    ['bytes without the header', new TextEncoder().encode('{"hello":1}'), /does not start with the live frame header/],
    ['another protocol version', new Uint8Array([0x4b, 0x4c, 9, 1, 1, 0, 0, 20]), /version 9, but this server speaks version 1/],
    ['an unknown kind', new Uint8Array([0x4b, 0x4c, 1, 7, 1, 0, 0, 20, ...new Array(12).fill(0)]), /Unknown frame kind 7/],
    ['an unknown image type', new Uint8Array([0x4b, 0x4c, 1, 1, 9, 0, 0, 20, ...new Array(12).fill(0)]), /Unknown image type 9/],
    ['a header longer than the message', new Uint8Array([0x4b, 0x4c, 1, 1, 1, 0, 0, 200, ...new Array(12).fill(0)]), /says it is 200 bytes long/],
  ])('refuses %s with a sentence', (_name, bytes, message) => {
    expect(() => decodeFrameMessage(bytes)).toThrow(message);
  });

  it('tells JPEG, WebP and PNG from anything else by their first bytes', () => {
    expect(sniffFrameImage(jpegBytes)).toBe('image/jpeg');
    expect(sniffFrameImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffFrameImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffFrameImage(new TextEncoder().encode('%PDF-1.7 and so on'))).toBeUndefined();
    expect(sniffFrameImage(new Uint8Array())).toBeUndefined();
  });
});
