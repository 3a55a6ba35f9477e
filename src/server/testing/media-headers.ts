/**
 * Real file headers, built byte by byte as each format's specification lays them out, so the sniffer
 * and the upload route are tested against what encoders actually write.
 */
const text = (value: string): number[] => [...value].map((character) => character.charCodeAt(0));
const uint32LittleEndian = (value: number): number[] => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff];
const uint16LittleEndian = (value: number): number[] => [value & 0xff, (value >> 8) & 0xff];
const uint32BigEndian = (value: number): number[] => [(value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];

/** PNG signature and the start of an IHDR chunk for a 1×1 image. */
export const pngHeader = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...uint32BigEndian(13), ...text('IHDR'), ...uint32BigEndian(1), ...uint32BigEndian(1), 8, 6, 0, 0, 0]);

/** JPEG start-of-image and a JFIF APP0 segment. */
export const jpegHeader = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

export const gifHeader = Uint8Array.from([...text('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0]);

/** RIFF/WEBP with a VP8L chunk header. */
export const webpHeader = Uint8Array.from([...text('RIFF'), ...uint32LittleEndian(26), ...text('WEBPVP8L'), ...uint32LittleEndian(14), 0x2f]);

/** A canonical 44-byte WAV header: mono 16-bit 8 kHz PCM, then four samples of silence. */
export function wavFile(): Uint8Array {
  const dataBytes = 8;
  return Uint8Array.from([
    ...text('RIFF'), ...uint32LittleEndian(36 + dataBytes), ...text('WAVE'),
    ...text('fmt '), ...uint32LittleEndian(16), ...uint16LittleEndian(1), ...uint16LittleEndian(1),
    ...uint32LittleEndian(8000), ...uint32LittleEndian(16000), ...uint16LittleEndian(2), ...uint16LittleEndian(16),
    ...text('data'), ...uint32LittleEndian(dataBytes), ...new Array(dataBytes).fill(0),
  ]);
}

/** An ID3v2.4 tag header (empty tag) as most MP3 encoders write first. */
export const mp3WithId3Header = Uint8Array.from([...text('ID3'), 4, 0, 0, 0, 0, 0, 0]);

/** An MPEG-1 layer III frame header: 128 kbit/s, 44.1 kHz, joint stereo (FF FB 90 64). */
export const mp3FrameHeader = Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]);

/** An ADTS AAC frame header: the same 12-bit sync word as MP3 but layer 00, so not MP3. */
export const adtsAacHeader = Uint8Array.from([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]);

/** `fLaC` and the header of a last STREAMINFO metadata block (34 bytes long). */
export const flacHeader = Uint8Array.from([...text('fLaC'), 0x80, 0, 0, 34, 0x10, 0x00, 0x10, 0x00]);

/** An Ogg page header (beginning of stream) followed by the Vorbis identification packet's start. */
export const oggHeader = Uint8Array.from([...text('OggS'), 0, 0x02, ...new Array(8).fill(0), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30, 1, ...text('vorbis')]);

/** An ISO base media `ftyp` box with the given major brand. */
export function isoMediaHeader(brand: string): Uint8Array {
  return Uint8Array.from([...uint32BigEndian(24), ...text('ftyp'), ...text(brand), ...uint32BigEndian(0x200), ...text('isomiso2')]);
}

/** An EBML header naming its DocType (`webm` or `matroska`). */
export function ebmlHeader(docType: 'webm' | 'matroska'): Uint8Array {
  return Uint8Array.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x80 | (11 + docType.length),
    0x42, 0x86, 0x81, 0x01, // EBMLVersion 1
    0x42, 0xf7, 0x81, 0x01, // EBMLReadVersion 1
    0x42, 0x82, 0x80 | docType.length, ...text(docType), // DocType
  ]);
}

/** A header followed by filler, so uploads have a realistic size. */
export function withBody(header: Uint8Array, totalBytes: number): Uint8Array {
  const file = new Uint8Array(Math.max(totalBytes, header.length));
  file.set(header);
  return file;
}
