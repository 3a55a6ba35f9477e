import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { BadInputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { decodeTranscript } from '../../pipelines/vocabulary/parse-step.ts';
import { checkRecording } from '../../pipelines/vocabulary/transcribe-step.ts';
import { japaneseShare } from '../../pipelines/vocabulary/analysis/japanese-share.ts';
import { minimumJapaneseShare } from '../../pipelines/vocabulary/analysis/analyze-transcript.ts';
import { parseStreamSource } from '../../pipelines/vocabulary/transcripts/parse-stream-source.ts';
import { parseTranscript } from '../../pipelines/vocabulary/transcripts/parse-transcript.ts';
import { transcriptFormats, type StreamSource, type TranscriptFormat } from '../../pipelines/vocabulary/vocabulary-contracts.ts';
import type { AssetRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { formatBytes } from '../http/format-bytes.ts';
import { asMalformedMultipart, multipartParts } from '../uploads/multipart-parts.ts';
import { checkUpload, type UploadFileStream } from '../uploads/read-upload.ts';
import { uploadFileName } from '../uploads/upload-file-name.ts';
import { sniffLength, sniffMediaType } from '../../media/sniff-media-type.ts';

/** Largest transcript or recording the studio takes. */
export const vocabularyUploadLimitBytes = 50 * 1024 * 1024;

const textFields = ['url', 'title', 'channel', 'date', 'format'] as const;
const recordingTypes = /^(audio\/|video\/)/;

export interface VocabularyUpload {
  transcriptAssetId?: string;
  recordingAssetId?: string;
  format?: TranscriptFormat;
  source: StreamSource;
  /** Cues found when a transcript was parsed here, to answer bad files with a 400 before any job. */
  cueCount?: number;
}

async function readAll(file: UploadFileStream, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  if (file.truncated) throw new PayloadTooLargeError(`The file is larger than the studio's limit of ${formatBytes(limitBytes)}.`, { details: { limitBytes } });
  return Buffer.concat(chunks);
}

/**
 * Reads `POST /api/vocabulary/streams`: one `file` (a transcript, told from a recording by its bytes)
 * and the text fields. A transcript is parsed here, so an empty, garbled, non-Japanese-format or
 * out-of-order file is a 400 before anything is stored; a recording is probed for sound. Assets this
 * request stored are listed in `stored` for the caller to delete when it refuses.
 */
export async function readVocabularyUpload(request: FastifyRequest, runtime: KilnRuntime, stored: AssetRecord[], limitBytes = vocabularyUploadLimitBytes): Promise<VocabularyUpload> {
  try {
    return await readForm(request, runtime, stored, limitBytes);
  } catch (error) {
    // A body cut off inside the file fails while the file is read, not when the next part is asked for.
    throw asMalformedMultipart(error);
  }
}

async function readForm(request: FastifyRequest, runtime: KilnRuntime, stored: AssetRecord[], limitBytes: number): Promise<VocabularyUpload> {
  const ownerId = request.userId;
  const fields: Partial<Record<(typeof textFields)[number], string>> = {};
  let upload: Omit<VocabularyUpload, 'source' | 'format'> | undefined;
  for await (const part of multipartParts(request, { fileSize: limitBytes, files: 1, fields: textFields.length, parts: textFields.length + 1 })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || upload) {
        part.file.resume();
        throw new BadInputError(`Send one file in a field named \`file\` (got \`${part.fieldname}\`).`);
      }
      const name = uploadFileName(part.filename, 'transcript');
      const head = await readHead(part);
      const sniffed = sniffMediaType(head.bytes);
      if (sniffed?.accepted && recordingTypes.test(sniffed.mediaType)) {
        const checked = await checkUpload(head.rest, part.mimetype, limitBytes);
        const asset = await runtime.assets.put({ ownerId, data: checked.data, mediaType: checked.mediaType, name, metadata: { uploadedFor: 'vocabulary' } });
        stored.push(asset);
        await checkRecording(runtime.assets, asset);
        upload = { recordingAssetId: asset.id };
      } else if (sniffed?.accepted || (sniffed && sniffed.mediaType !== 'text/plain')) {
        part.file.resume();
        throw new UnsupportedMediaTypeError(`The file is ${sniffed.label}; upload a transcript (VTT, SRT, ASS, YouTube JSON or text) or a recording with sound.`);
      } else {
        const bytes = await readAll(head.rest, limitBytes);
        const text = decodeTranscript(bytes);
        const parsed = parseTranscript(text, fields.format as TranscriptFormat | undefined);
        const share = japaneseShare(parsed.cues.map((cue) => cue.text));
        if (share < minimumJapaneseShare) {
          throw new BadInputError(`Only ${Math.round(share * 100)}% of the transcript's letters are Japanese; upload the Japanese subtitle track of the stream.`);
        }
        const asset = await runtime.assets.put({ ownerId, data: bytes, mediaType: 'text/plain', name, metadata: { uploadedFor: 'vocabulary', format: parsed.format } });
        stored.push(asset);
        upload = { transcriptAssetId: asset.id, cueCount: parsed.cues.length };
      }
    } else if ((textFields as readonly string[]).includes(part.fieldname) && !upload) {
      fields[part.fieldname as (typeof textFields)[number]] = String(part.value).trim().slice(0, 2000);
    } else {
      throw new BadInputError(upload
        ? `Send the text fields (${textFields.join(', ')}) before the file.`
        : `The form has an unexpected field \`${part.fieldname}\`; it takes ${textFields.join(', ')} and a file.`);
    }
  }
  if (!upload) throw new BadInputError('The form has no file: send a transcript or a recording in a field named `file`.');
  if (fields.format && !(transcriptFormats as readonly string[]).includes(fields.format)) {
    throw new BadInputError(`Unknown transcript format "${fields.format}"; use ${transcriptFormats.join(', ')}, or leave it out.`);
  }
  const source = parseStreamSource(fields.url || undefined, {
    ...(fields.title ? { title: fields.title.slice(0, 300) } : {}), ...(fields.channel ? { channel: fields.channel.slice(0, 200) } : {}),
    ...(fields.date ? { date: fields.date } : {}),
  });
  return { ...upload, source, ...(fields.format ? { format: fields.format as TranscriptFormat } : {}) };
}

/**
 * The first bytes (for sniffing) and the whole file again as a stream, head included, for
 * checkUpload or readAll; busboy's `truncated` flag is passed through for the size check.
 */
async function readHead(part: MultipartFile): Promise<{ bytes: Buffer; rest: UploadFileStream }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of part.file.iterator({ destroyOnReturn: false })) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= sniffLength) break;
  }
  const bytes = Buffer.concat(chunks);
  async function* whole(): AsyncGenerator<Buffer> {
    yield bytes;
    for await (const chunk of part.file) yield chunk as Buffer;
  }
  const rest: UploadFileStream = Readable.from(whole(), { objectMode: false });
  Object.defineProperty(rest, 'truncated', { get: () => part.file.truncated });
  return { bytes, rest };
}
