import { MediaError } from '../../engine/errors/index.ts';
import { readFileHead } from '../read-file-head.ts';
import { sniffMediaType } from '../sniff-media-type.ts';

/**
 * The ffmpeg demuxer for each type the sniffer accepts. Only demuxers that read one self-contained
 * file are listed: playlist and manifest demuxers (dash, hls, concat, sdp, image2 patterns) open
 * other files or URLs named inside the input, so an upload must never reach them.
 */
const demuxers: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/flac': 'flac',
  'audio/ogg': 'ogg',
  // The mov demuxer follows external data references only with `enable_drefs`, which is off by default.
  'audio/mp4': 'mov',
  'video/mp4': 'mov',
  'video/webm': 'matroska',
  'video/x-matroska': 'matroska',
  'image/png': 'png_pipe',
  'image/jpeg': 'jpeg_pipe',
  'image/webp': 'webp_pipe',
  'image/gif': 'gif',
};

/** The demuxer for bytes sniffed as `mediaType`, or undefined for a type ffmpeg is never given. */
export function demuxerFor(mediaType: string): string | undefined {
  return demuxers[mediaType];
}

/**
 * The ffmpeg arguments that open one input file safely: the demuxer forced to what its first bytes
 * are (never ffmpeg's own guess, which a manifest hidden behind an ID3 tag wins) and only the `file`
 * protocol allowed. Refuses a file of no type Kiln accepts before ffmpeg sees it.
 */
export async function forcedInputArgs(path: string): Promise<string[]> {
  const head = await readHead(path);
  const sniffed = sniffMediaType(head);
  const demuxer = sniffed?.accepted ? demuxerFor(sniffed.mediaType) : undefined;
  if (!sniffed || !demuxer) {
    const found = sniffed ? sniffed.label : head.length === 0 ? 'an empty file' : 'of a type Kiln does not know';
    throw new MediaError(`The file is ${found}, which is not a recognised media format.`, {
      details: { found: sniffed?.mediaType ?? 'unknown' },
    });
  }
  return ['-protocol_whitelist', 'file', '-f', demuxer, '-i', path];
}

async function readHead(path: string): Promise<Uint8Array> {
  try {
    return await readFileHead(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MediaError(code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be read (${code ?? 'unknown error'}).`, { cause: error });
  }
}
