import { BadInputError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { readFileHead } from '../../media/read-file-head.ts';
import { sniffMediaType } from '../../media/sniff-media-type.ts';

export type LocalFileRole = 'song' | 'character image';

/**
 * Checks a file named on the command line before any work starts: that it exists and that its
 * first bytes are audio (for a song) or an image, as uploads are checked. Returns its media type.
 */
export async function checkLocalFile(path: string, role: LocalFileRole): Promise<string> {
  let head: Uint8Array;
  try {
    head = await readFileHead(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`;
    throw new BadInputError(`The ${role} ${path} ${why}.`, { cause: error });
  }
  const sniffed = sniffMediaType(head);
  const fits = sniffed?.accepted && (role === 'song' ? /^(audio|video)\//.test(sniffed.mediaType) : sniffed.mediaType.startsWith('image/'));
  if (!sniffed || !fits) {
    const found = sniffed ? sniffed.label : head.length === 0 ? 'an empty file' : 'of a type Kiln does not know';
    throw new UnsupportedMediaTypeError(role === 'song'
      ? `The song ${path} is ${found}, not audio; give an MP3, WAV, FLAC, Ogg or M4A file.`
      : `The character image ${path} is ${found}, not an image; give a PNG, JPEG, WebP or GIF picture.`);
  }
  return sniffed.mediaType;
}
