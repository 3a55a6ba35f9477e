import { describe, expect, it } from 'vitest';
import { resolveUploadType, sniffMediaType } from './sniff-media-type.ts';
import {
  adtsAacHeader, ebmlHeader, flacHeader, gifHeader, isoMediaHeader, jpegHeader, mp3FrameHeader,
  mp3WithId3Header, oggHeader, pngHeader, wavFile, webpHeader,
} from '../server/testing/media-headers.ts';

describe('sniffMediaType', () => {
  it.each([
    ['PNG', pngHeader, 'image/png'],
    ['JPEG', jpegHeader, 'image/jpeg'],
    ['GIF', gifHeader, 'image/gif'],
    ['WebP', webpHeader, 'image/webp'],
    ['WAV', wavFile(), 'audio/wav'],
    ['MP3 with an ID3 tag', mp3WithId3Header, 'audio/mpeg'],
    ['MP3 starting with a frame', mp3FrameHeader, 'audio/mpeg'],
    ['FLAC', flacHeader, 'audio/flac'],
    ['Ogg', oggHeader, 'audio/ogg'],
    ['MP4', isoMediaHeader('isom'), 'video/mp4'],
    ['M4A', isoMediaHeader('M4A '), 'audio/mp4'],
    ['WebM', ebmlHeader('webm'), 'video/webm'],
    ['Matroska', ebmlHeader('matroska'), 'video/x-matroska'],
  ])('recognises %s', (_name, bytes, mediaType) => {
    const sniffed = sniffMediaType(bytes);
    expect(sniffed?.accepted).toBe(true);
    expect(sniffed?.mediaType).toBe(mediaType);
  });

  it('does not take ADTS AAC for MP3 although both share the sync word', () => {
    expect(sniffMediaType(adtsAacHeader)?.accepted).not.toBe(true);
  });

  it('names refused types so the error can say what the file was', () => {
    expect(sniffMediaType(new TextEncoder().encode('%PDF-1.7\n'))).toMatchObject({ accepted: false, mediaType: 'application/pdf' });
    expect(sniffMediaType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">'))).toMatchObject({ accepted: false, mediaType: 'image/svg+xml' });
    expect(sniffMediaType(new TextEncoder().encode('<!DOCTYPE html><html>'))).toMatchObject({ accepted: false, mediaType: 'text/html' });
  });

  it('answers undefined for bytes it does not know and for truncated signatures', () => {
    expect(sniffMediaType(Uint8Array.from([0x00, 0x01, 0x02, 0xfe]))).toBeUndefined();
    expect(sniffMediaType(pngHeader.subarray(0, 4))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});

describe('resolveUploadType', () => {
  it('stores the sniffed type when the declared type is generic or a legacy alias', () => {
    expect(resolveUploadType(wavFile(), 'application/octet-stream')).toMatchObject({ ok: true, mediaType: 'audio/wav' });
    expect(resolveUploadType(wavFile(), 'audio/x-wav')).toMatchObject({ ok: true, mediaType: 'audio/wav' });
    expect(resolveUploadType(jpegHeader, undefined)).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
  });

  it('keeps a declared type that fits the same container (audio-only WebM)', () => {
    expect(resolveUploadType(ebmlHeader('webm'), 'audio/webm; codecs=opus')).toMatchObject({ ok: true, mediaType: 'audio/webm' });
  });

  it('refuses a declared type that disagrees with the bytes, naming what was found', () => {
    const result = resolveUploadType(jpegHeader, 'image/png');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(
      'The upload was sent as image/png but its bytes are a JPEG image (image/jpeg). Send it with its real type, or as application/octet-stream.',
    );
  });

  it('refuses bytes of no accepted type, naming them', () => {
    const pdf = resolveUploadType(new TextEncoder().encode('%PDF-1.7\n'), 'application/pdf');
    expect(pdf).toMatchObject({ ok: false, found: 'a PDF document (application/pdf)' });
    const unknown = resolveUploadType(Uint8Array.from([0xde, 0xad, 0xbe, 0xef]), 'image/png');
    expect(unknown).toMatchObject({ ok: false, found: 'a file of an unknown type (it starts with the bytes de ad be ef)' });
  });
});
