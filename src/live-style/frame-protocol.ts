/**
 * The binary framing of live frames, shared by the server and the browser (no Node APIs here).
 * A websocket binary message is a header followed by the image bytes, never base64 JSON:
 *
 *   offset size  field (integers big-endian)
 *   0      2     magic "KL" (0x4B 0x4C)
 *   2      1     protocol version, 1
 *   3      1     kind: 1 camera frame (streamer → server), 2 styled frame (server → streamer, viewers)
 *   4      1     image type: 1 JPEG, 2 WebP, 3 PNG
 *   5      1     flags: bit 0 "repeat", the camera barely moved and the last styled frame is resent
 *   6      2     header length in bytes (20 camera, 44 styled); the image starts there, so a later
 *                version can add fields that older readers skip
 *   8      4     frame id (uint32), the streamer's own counter
 *   12     8     capture time (float64, ms since the Unix epoch, the streamer's clock)
 *   -- styled frames only --
 *   20     4     queue wait ms (float32): from arrival until the backend took the frame
 *   24     4     decode ms (float32): the server's look at the frame (similarity thumbnail)
 *   28     4     inference ms (float32): the restyle backend's call
 *   32     4     encode ms (float32): packing (and converting, if needed) the answer
 *   36     4     frames dropped so far in this session (uint32)
 *   40     4     style generation (uint32): the session's style version the picture was made with,
 *                the one `style-changed` announced; readers show a caption only with its picture
 */
export const frameProtocolVersion = 1;
export const cameraHeaderLength = 20;
export const styledHeaderLength = 44;
/** Styled headers before the style generation was added; still read (generation 0). */
const shortestStyledHeaderLength = 40;

export type FrameKind = 'camera' | 'styled';
export type FrameImageType = 'image/jpeg' | 'image/webp' | 'image/png';

const kindCodes: Record<FrameKind, number> = { camera: 1, styled: 2 };
const imageTypeCodes: Record<FrameImageType, number> = { 'image/jpeg': 1, 'image/webp': 2, 'image/png': 3 };

/** Where the time of one styled frame went on the server, in milliseconds. */
export interface FrameTimings {
  queueMs: number;
  decodeMs: number;
  inferenceMs: number;
  encodeMs: number;
}

export interface FrameMessage {
  kind: FrameKind;
  imageType: FrameImageType;
  frameId: number;
  /** ms since the Unix epoch on the streamer's clock. */
  captureTime: number;
  /** True when the server resent the last styled frame for a near-identical camera frame. */
  repeat: boolean;
  /** Styled frames only. */
  timings?: FrameTimings;
  /** Styled frames only: frames this session's server dropped so far (a newer one replaced them). */
  dropped?: number;
  /** Styled frames only: the style version (see `style-changed`) the picture was made with. */
  styleVersion?: number;
  image: Uint8Array;
}

/** Why a message could not be read; the server closes the socket with 4400 and this sentence. */
export class FrameProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameProtocolError';
  }
}

export function encodeFrameMessage(frame: FrameMessage): Uint8Array<ArrayBuffer> {
  const headerLength = frame.kind === 'styled' ? styledHeaderLength : cameraHeaderLength;
  const bytes = new Uint8Array(headerLength + frame.image.length);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x4b;
  bytes[1] = 0x4c;
  bytes[2] = frameProtocolVersion;
  bytes[3] = kindCodes[frame.kind];
  bytes[4] = imageTypeCodes[frame.imageType];
  bytes[5] = frame.repeat ? 1 : 0;
  view.setUint16(6, headerLength);
  view.setUint32(8, frame.frameId >>> 0);
  view.setFloat64(12, frame.captureTime);
  if (frame.kind === 'styled') {
    const timings = frame.timings ?? { queueMs: 0, decodeMs: 0, inferenceMs: 0, encodeMs: 0 };
    view.setFloat32(20, timings.queueMs);
    view.setFloat32(24, timings.decodeMs);
    view.setFloat32(28, timings.inferenceMs);
    view.setFloat32(32, timings.encodeMs);
    view.setUint32(36, (frame.dropped ?? 0) >>> 0);
    view.setUint32(40, (frame.styleVersion ?? 0) >>> 0);
  }
  bytes.set(frame.image, headerLength);
  return bytes;
}

/** Reads a message; throws FrameProtocolError saying what is wrong with it. */
export function decodeFrameMessage(bytes: Uint8Array): FrameMessage {
  if (bytes.length < 8 || bytes[0] !== 0x4b || bytes[1] !== 0x4c) {
    throw new FrameProtocolError('The message does not start with the live frame header ("KL"); see src/live-style/frame-protocol.ts.');
  }
  if (bytes[2] !== frameProtocolVersion) {
    throw new FrameProtocolError(`The frame header is version ${bytes[2]}, but this server speaks version ${frameProtocolVersion}; reload the page.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = (Object.keys(kindCodes) as FrameKind[]).find((key) => kindCodes[key] === bytes[3]);
  const imageType = (Object.keys(imageTypeCodes) as FrameImageType[]).find((key) => imageTypeCodes[key] === bytes[4]);
  if (!kind) throw new FrameProtocolError(`Unknown frame kind ${bytes[3]}; 1 is a camera frame, 2 a styled frame.`);
  if (!imageType) throw new FrameProtocolError(`Unknown image type ${bytes[4]}; 1 is JPEG, 2 WebP, 3 PNG.`);
  const headerLength = view.getUint16(6);
  const needed = kind === 'styled' ? shortestStyledHeaderLength : cameraHeaderLength;
  if (headerLength < needed || headerLength > bytes.length) {
    throw new FrameProtocolError(`The header says it is ${headerLength} bytes long; a ${kind} frame header is at least ${needed} bytes and fits in the message.`);
  }
  const frame: FrameMessage = {
    kind,
    imageType,
    repeat: (bytes[5] & 1) === 1,
    frameId: view.getUint32(8),
    captureTime: view.getFloat64(12),
    image: bytes.subarray(headerLength),
  };
  if (kind === 'styled') {
    frame.timings = { queueMs: view.getFloat32(20), decodeMs: view.getFloat32(24), inferenceMs: view.getFloat32(28), encodeMs: view.getFloat32(32) };
    frame.dropped = view.getUint32(36);
    frame.styleVersion = headerLength >= 44 ? view.getUint32(40) : 0;
  }
  return frame;
}

/** The image type its first bytes show, or undefined for anything else (text, a PDF, garbage). */
export function sniffFrameImage(bytes: Uint8Array): FrameImageType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}
