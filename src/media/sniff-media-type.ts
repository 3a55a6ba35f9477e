/**
 * Decides what an upload is from its first bytes, never from its name or declared type: a declared
 * type is only a claim, and the pipelines hand these files to ffmpeg and image decoders.
 */

/** What the first bytes of a file turned out to be. */
export interface SniffedMediaType {
  /** A phrase for messages, with its article, e.g. `a PNG image`. */
  label: string;
  /** The type stored when the upload declares none (or a generic one). */
  mediaType: string;
  /** Declared types that agree with these bytes and are stored as declared (e.g. `audio/webm`). */
  compatibleTypes: readonly string[];
  /** Legacy names for the same thing, stored as `mediaType` (e.g. `audio/x-wav`). */
  aliases: readonly string[];
  /** False for types recognised only to name them in a refusal (PDF, ZIP, HTML …). */
  accepted: boolean;
}

/** How many leading bytes the sniffer looks at; enough for every signature below. */
export const sniffLength = 64;

const ascii = (bytes: Uint8Array, start: number, text: string): boolean =>
  bytes.length >= start + text.length && [...text].every((character, index) => bytes[start + index] === character.charCodeAt(0));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((value, index) => bytes[index] === value);

function accepted(label: string, mediaTypes: readonly string[], aliases: readonly string[] = []): SniffedMediaType {
  return { label, mediaType: mediaTypes[0], compatibleTypes: mediaTypes, aliases, accepted: true };
}

function refused(label: string, mediaType: string): SniffedMediaType {
  return { label, mediaType, compatibleTypes: [mediaType], aliases: [], accepted: false };
}

/** An MPEG audio frame header of layer III with a valid bitrate and sample rate. */
function isMp3FrameSync(bytes: Uint8Array): boolean {
  if (bytes.length < 3 || bytes[0] !== 0xff || (bytes[1] & 0xe0) !== 0xe0) return false;
  const version = (bytes[1] >> 3) & 0b11;
  const layer = (bytes[1] >> 1) & 0b11;
  const bitrateIndex = bytes[2] >> 4;
  const sampleRateIndex = (bytes[2] >> 2) & 0b11;
  // Layer bits 01 mean layer III; 00 would be ADTS AAC, which shares the sync word.
  return version !== 0b01 && layer === 0b01 && bitrateIndex !== 0b1111 && sampleRateIndex !== 0b11;
}

function sniffIsoMedia(bytes: Uint8Array): SniffedMediaType | undefined {
  if (!ascii(bytes, 4, 'ftyp')) return undefined;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  if (brand === 'M4A ' || brand === 'M4B ') return accepted('M4A audio', ['audio/mp4', 'video/mp4'], ['audio/x-m4a', 'audio/m4a']);
  if (brand === 'qt  ') return refused('a QuickTime movie', 'video/quicktime');
  if (brand.startsWith('heic') || brand === 'mif1' || brand === 'avif') return refused(`a ${brand.trim().toUpperCase()} image`, 'image/heif');
  return accepted('an MP4 video', ['video/mp4', 'audio/mp4'], ['audio/x-m4a', 'audio/m4a']);
}

function sniffMatroska(bytes: Uint8Array): SniffedMediaType | undefined {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return undefined;
  // The EBML header names its DocType near the start; WebM is the browser-playable subset.
  const header = String.fromCharCode(...bytes.subarray(0, sniffLength));
  if (header.includes('webm')) return accepted('a WebM video', ['video/webm', 'audio/webm']);
  return accepted('a Matroska video', ['video/x-matroska', 'audio/x-matroska'], ['video/mkv']);
}

function sniffRiff(bytes: Uint8Array): SniffedMediaType | undefined {
  if (!ascii(bytes, 0, 'RIFF')) return undefined;
  if (ascii(bytes, 8, 'WAVE')) return accepted('WAV audio', ['audio/wav'], ['audio/x-wav', 'audio/wave', 'audio/vnd.wave']);
  if (ascii(bytes, 8, 'WEBP')) return accepted('a WebP image', ['image/webp']);
  if (ascii(bytes, 8, 'AVI ')) return refused('an AVI video', 'video/x-msvideo');
  return refused('a RIFF file of another kind', 'application/octet-stream');
}

/** Types Kiln does not take, recognised so the refusal can say what the file was. */
function sniffRefused(bytes: Uint8Array): SniffedMediaType | undefined {
  if (ascii(bytes, 0, '%PDF-')) return refused('a PDF document', 'application/pdf');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return refused('a ZIP archive', 'application/zip');
  if (startsWith(bytes, [0x1f, 0x8b])) return refused('a gzip archive', 'application/gzip');
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return refused('an ELF executable', 'application/x-executable');
  if (ascii(bytes, 0, 'MZ')) return refused('a Windows executable', 'application/x-msdownload');
  if (ascii(bytes, 0, 'BM')) return refused('a BMP image', 'image/bmp');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return refused('an SVG image', 'image/svg+xml');
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return refused('an HTML document', 'text/html');
  if (bytes.length > 0 && bytes.every((value) => value === 0x09 || value === 0x0a || value === 0x0d || (value >= 0x20 && value < 0x7f))) {
    return refused('plain text', 'text/plain');
  }
  return undefined;
}

/** What the bytes are, or undefined when they match nothing Kiln knows. */
export function sniffMediaType(bytes: Uint8Array): SniffedMediaType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return accepted('a PNG image', ['image/png']);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return accepted('a JPEG image', ['image/jpeg'], ['image/jpg', 'image/pjpeg']);
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return accepted('a GIF image', ['image/gif']);
  if (ascii(bytes, 0, 'fLaC')) return accepted('FLAC audio', ['audio/flac'], ['audio/x-flac']);
  if (ascii(bytes, 0, 'OggS')) return accepted('Ogg audio', ['audio/ogg', 'video/ogg', 'application/ogg'], ['audio/vorbis', 'audio/opus']);
  const mp3 = accepted('MP3 audio', ['audio/mpeg'], ['audio/mp3', 'audio/x-mp3', 'audio/mpeg3']);
  if (ascii(bytes, 0, 'ID3') || isMp3FrameSync(bytes)) return mp3;
  return sniffRiff(bytes) ?? sniffIsoMedia(bytes) ?? sniffMatroska(bytes) ?? sniffRefused(bytes);
}

/** `image/PNG; charset=x` → `image/png`. */
export function normaliseMediaType(mediaType: string | undefined): string {
  return (mediaType ?? '').split(';')[0].trim().toLowerCase();
}

/** Declared types that say nothing about the content, so the sniffed type decides alone. */
const genericTypes = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * The media type to store for an upload, or the reason to refuse it: bytes of no accepted type, or a
 * declared type that disagrees with the bytes.
 */
export function resolveUploadType(
  bytes: Uint8Array,
  declaredType: string | undefined,
): { ok: true; mediaType: string; label: string } | { ok: false; message: string; found: string } {
  const sniffed = sniffMediaType(bytes);
  if (!sniffed || !sniffed.accepted) {
    const found = sniffed ? `${sniffed.label} (${sniffed.mediaType})` : describeUnknown(bytes);
    return {
      ok: false,
      found,
      message: `The upload is ${found}, which Kiln does not accept. Upload PNG, JPEG, WebP or GIF images; WAV, MP3, FLAC, Ogg or M4A audio; or MP4, WebM or Matroska video.`,
    };
  }
  const declared = normaliseMediaType(declaredType);
  if (genericTypes.has(declared) || sniffed.aliases.includes(declared)) return { ok: true, mediaType: sniffed.mediaType, label: sniffed.label };
  if (sniffed.compatibleTypes.includes(declared)) return { ok: true, mediaType: declared, label: sniffed.label };
  const found = `${sniffed.label} (${sniffed.mediaType})`;
  return {
    ok: false,
    found,
    message: `The upload was sent as ${declared} but its bytes are ${found}. Send it with its real type, or as application/octet-stream.`,
  };
}

function describeUnknown(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty file';
  const hex = [...bytes.subarray(0, 8)].map((value) => value.toString(16).padStart(2, '0')).join(' ');
  return `a file of an unknown type (it starts with the bytes ${hex})`;
}
