/** Where an MP3's audio frames lie in the file and how many of the decoded samples are the song. */
export interface Mp3Layout {
  /** Byte of the first audio frame: after ID3v2 tags and after a Xing/Info frame, which holds no audio. */
  audioStart: number;
  /** Byte after the last frame: before an ID3v1 or APEv2 tag at the end. */
  audioEnd: number;
  sampleRate: number;
  channels: 1 | 2;
  /** Decoded samples before the song starts: the encoder's delay plus the decoder's own 529, from a LAME tag. */
  skipSamples: number;
  /** The song's length in samples after the skip, from a LAME tag; null where only the frames tell. */
  songSamples: number | null;
}

/** MPEG-1 Layer III bitrates in kbit/s by header index (0 is free format, 15 invalid). */
const bitratesKbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
/** The MPEG-1 rate the in-process decoder takes: songs at 48 or 32 kHz, or MPEG-2/2.5, go to ffmpeg. */
const mpeg1SampleRate = 44100;
const samplesPerFrame = 1152;
/** What every MP3 decoder adds in front of the audio (the synthesis filter bank's delay), on top of the encoder's. */
const decoderDelaySamples = 529;

interface FrameHeader {
  bytes: number;
  channels: 1 | 2;
}

/**
 * The size of the ID3v2 tag at the start of `head` (header, body and footer), or 0 where none is.
 * A file may carry several one after another; the caller steps over each.
 */
export function id3v2TagBytes(head: Uint8Array): number {
  if (head.length < 10 || head[0] !== 0x49 || head[1] !== 0x44 || head[2] !== 0x33) return 0;
  // The size is "syncsafe": four bytes of seven bits each, so no byte of it looks like a frame sync.
  if ((head[6] | head[7] | head[8] | head[9]) & 0x80) return 0;
  const body = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9];
  const footer = head[5] & 0x10 ? 10 : 0;
  return 10 + body + footer;
}

/**
 * The layout of an MPEG-1 Layer III stream at 44.1 kHz whose first frame starts `head` (read from
 * byte `start` of a file of `fileBytes`, whose last bytes are `tail`), or null for anything else:
 * another rate or layer, free format, a VBRI header, or a first frame whose next is not where its
 * length says (bytes that only look like a frame). Null sends the file to ffmpeg.
 */
export function readMp3Layout(head: Uint8Array, start: number, fileBytes: number, tail: Uint8Array): Mp3Layout | null {
  const first = frameHeader(head, 0);
  if (!first) return null;
  const second = frameHeader(head, first.bytes);
  // A file of a single frame has no second; anything longer must continue where the first ends.
  if (!second && start + first.bytes < fileBytes - 128) return null;
  if (second && second.channels !== first.channels) return null;
  const audioEnd = endBeforeTags(tail, fileBytes);
  const layout: Mp3Layout = { audioStart: start, audioEnd, sampleRate: mpeg1SampleRate, channels: first.channels, skipSamples: 0, songSamples: null };
  const ascii = (at: number, length: number) => String.fromCharCode(...head.subarray(at, at + length));
  // A Fraunhofer VBRI header: ffmpeg reads its own way of counting; rare enough to leave to it.
  if (ascii(36, 4) === 'VBRI') return null;
  const tagAt = 4 + (first.channels === 1 ? 17 : 32);
  const tag = ascii(tagAt, 4);
  if (tag !== 'Xing' && tag !== 'Info') return layout;
  // The Info frame is silence that describes the stream: the audio starts after it, as ffmpeg reads it.
  layout.audioStart = start + first.bytes;
  const view = new DataView(head.buffer, head.byteOffset, head.length);
  const flags = view.getUint32(tagAt + 4);
  let at = tagAt + 8;
  const frames = flags & 1 ? view.getUint32(at) : 0;
  at += (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  if (at + 24 > first.bytes) return layout;
  // The LAME tag: encoder name (9 bytes), 12 bytes of loudness and settings, then delay and padding
  // (12 bits each). ffmpeg trusts them only from LAME or its own muxer (Lavf/Lavc), and so do we.
  if (!['LAME', 'Lavf', 'Lavc'].includes(ascii(at, 4))) return layout;
  const delayAndPadding = (head[at + 21] << 16) | (head[at + 22] << 8) | head[at + 23];
  const delay = delayAndPadding >> 12;
  const padding = delayAndPadding & 0xfff;
  layout.skipSamples = delay + decoderDelaySamples;
  if (frames > 0) layout.songSamples = Math.max(0, frames * samplesPerFrame - delay - padding);
  return layout;
}

/**
 * The end of the last whole frame of `frames` (the audio, from its first frame on), where every
 * frame follows the one before with the same channels, or null where the chain breaks with more
 * than a frame's bytes left (damage, junk between frames) or the first frame draws on a bit
 * reservoir it does not have (a stream cut at its start). A last frame cut short is dropped (ffmpeg
 * decodes what it can of it: its output is one frame, 26 ms, longer). The decoder is given only such a chain: minimp3 resyncing on anything else can
 * lose a frame's samples, and at the very end it can loop forever.
 */
export function wholeFramesEnd(frames: Uint8Array): number | null {
  const channels = frameChannels(frames, 0);
  if (frameLength(frames, 0) === 0 || mainDataBegin(frames) !== 0) return null;
  let at = 0;
  // Lengths and channels read without an object per frame: a three-minute song has some 7,000 frames.
  for (let length = frameLength(frames, 0); length > 0 && at + length <= frames.length; length = frameLength(frames, at)) {
    if (frameChannels(frames, at) !== channels) return null;
    at += length;
  }
  return frames.length - at < maxFrameBytes ? at : null;
}

/**
 * The byte where each frame of the first `end` bytes of `frames` (a whole-frame chain, see
 * wholeFramesEnd) begins, and `end` after the last: where the chain is cut into pieces for two
 * decoders (see mp3-pieces.ts).
 */
export function frameStarts(frames: Uint8Array, end: number): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < end; at += frameLength(frames, at)) starts.push(at);
  starts.push(end);
  return Int32Array.from(starts);
}

/** MPEG-1 Layer III at 44.1 kHz: 320 kbit/s with a padding byte. */
const maxFrameBytes = Math.floor((144000 * 320) / mpeg1SampleRate) + 1;

/** How many bytes before its own data a frame's audio starts: the first 9 bits of the side information. */
function mainDataBegin(frames: Uint8Array): number {
  const at = frames[1] & 1 ? 4 : 6; // after the header, and after a CRC when the protection bit is 0
  return (frames[at] << 1) | (frames[at + 1] >> 7);
}

/** The MPEG-1 Layer III, 44.1 kHz frame header at `at`, or null. */
function frameHeader(bytes: Uint8Array, at: number): FrameHeader | null {
  const length = frameLength(bytes, at);
  return length ? { bytes: length, channels: frameChannels(bytes, at) } : null;
}

/** The length in bytes of the MPEG-1 Layer III, 44.1 kHz frame whose header is at `at`; 0 where none is. */
function frameLength(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) return 0;
  // 11 sync bits, version 11 (MPEG-1), layer 01 (III); the protection bit may be either.
  if (bytes[at] !== 0xff || (bytes[at + 1] & 0xfe) !== 0xfa) return 0;
  const rateByte = bytes[at + 2];
  const bitrate = bitratesKbps[rateByte >> 4];
  const rateIndex = (rateByte >> 2) & 3;
  if (!bitrate || rateIndex !== 0) return 0;
  return Math.floor((144000 * bitrate) / mpeg1SampleRate) + ((rateByte >> 1) & 1);
}

/** Mono (channel mode 11) or stereo, from the header at `at`. */
const frameChannels = (bytes: Uint8Array, at: number): 1 | 2 => (bytes[at + 3] >> 6 === 3 ? 1 : 2);

/** Where the audio ends: before an ID3v1 tag (128 bytes, "TAG") and an APEv2 tag before it. */
function endBeforeTags(tail: Uint8Array, fileBytes: number): number {
  let end = fileBytes;
  const tailStart = fileBytes - tail.length;
  const ascii = (at: number, length: number) => (at >= tailStart ? String.fromCharCode(...tail.subarray(at - tailStart, at - tailStart + length)) : '');
  if (ascii(end - 128, 3) === 'TAG') end -= 128;
  if (ascii(end - 32, 8) === 'APETAGEX') {
    const view = new DataView(tail.buffer, tail.byteOffset, tail.length);
    const footerAt = end - 32 - tailStart;
    const size = view.getUint32(footerAt + 12, true);
    const hasHeader = (view.getUint32(footerAt + 20, true) & 0x80000000) !== 0;
    end = Math.max(0, end - size - (hasHeader ? 32 : 0));
  }
  return end;
}
