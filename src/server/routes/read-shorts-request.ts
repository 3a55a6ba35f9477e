import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BadInputError, KilnError, MediaError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { decodeFully } from '../../media/ffmpeg/decode-fully.ts';
import { japaneseShare } from '../../pipelines/vocabulary/analysis/japanese-share.ts';
import { minimumJapaneseShare } from '../../pipelines/vocabulary/analysis/analyze-transcript.ts';
import { probeRecording, readShortsTranscript } from '../../pipelines/vocabulary/shorts/read-shorts-sources.ts';
import { clipChoiceSchema, clipsThatFit, mostClips, shortestClipSeconds, type ClipChoice } from '../../pipelines/vocabulary/shorts/shorts-contracts.ts';
import { transcriptFormats, type TranscriptFormat } from '../../pipelines/vocabulary/vocabulary-contracts.ts';
import type { AssetRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { multipartParts } from '../uploads/multipart-parts.ts';
import { checkUpload, type UploadFileStream } from '../uploads/read-upload.ts';
import { formatBytes } from '../http/format-bytes.ts';
import { decodeTranscript } from '../../pipelines/vocabulary/parse-step.ts';
import { uploadFileName } from '../uploads/upload-file-name.ts';

/** The JSON form, for sources already uploaded (the web page's re-render of the clips it chose). */
export const shortsJsonBodySchema = z.strictObject({
  recordingAssetId: z.string().min(1),
  transcriptAssetId: z.string().min(1),
  chatAssetId: z.string().min(1).optional(),
  format: z.enum(transcriptFormats).optional(),
  count: z.int().min(1).max(mostClips).optional(),
  clips: z.array(clipChoiceSchema).min(1).max(mostClips).optional(),
  planOnly: z.boolean().optional(),
  width: z.int().optional(),
  height: z.int().optional(),
});
type ShortsRequest = z.infer<typeof shortsJsonBodySchema>;

const fileFields = ['recording', 'transcript', 'chat'] as const;
const textFields = ['recordingAssetId', 'transcriptAssetId', 'chatAssetId', 'format', 'count', 'clips', 'planOnly', 'width', 'height'] as const;

/**
 * Reads `POST /api/vocabulary/shorts` (multipart uploads or JSON asset ids) and checks it all before
 * a job exists: the recording decodes fully with its demuxer forced and has sound, the transcript is
 * Japanese and ends within the recording, the clips fit. Assets it stores are listed in `stored`
 * so the caller deletes them on a refusal. `signal` stops the checks when the client goes away
 * (see clientGoneSignal: not `request.signal`, which aborts once the body is read). Returns the job's input.
 */
export async function readShortsRequest(request: FastifyRequest, runtime: KilnRuntime, limitBytes: number, stored: AssetRecord[], signal: AbortSignal) {
  const ownerId = request.userId;
  const form: Record<string, unknown> = request.isMultipart() ? await readForm(request, runtime, limitBytes, stored, signal) : parseJson(request.body);
  const fields = shortsJsonBodySchema.safeParse(form);
  if (!fields.success) throw new BadInputError(`The request does not fit: ${fields.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}.`);
  const input: ShortsRequest = fields.data;
  const recording = await runtime.assets.get(ownerId, input.recordingAssetId);
  if (!/^(audio|video)\//.test(recording.mediaType)) throw new UnsupportedMediaTypeError(`The recording ${recording.name} is ${recording.mediaType}; upload a video or audio recording of the stream.`);
  const facts = await runtime.assets.withLocalFile(recording, (path) => probeRecording(path, recording.name, signal));
  const cues = readShortsTranscript(await runtime.assets.read(await runtime.assets.get(ownerId, input.transcriptAssetId)), facts.seconds, input.format as TranscriptFormat | undefined);
  const share = japaneseShare(cues.map((cue) => cue.text));
  if (share < minimumJapaneseShare) throw new BadInputError(`Only ${Math.round(share * 100)}% of the transcript's letters are Japanese; upload the Japanese subtitles of the stream.`);
  if (input.chatAssetId) await runtime.assets.get(ownerId, input.chatAssetId);
  checkClips(input.clips, facts.seconds);
  const fit = clipsThatFit(facts.seconds);
  if (input.count !== undefined && input.count > fit && !input.clips) {
    throw new BadInputError(`The recording is ${facts.seconds.toFixed(1)} s long and holds ${fit} shorts of ${shortestClipSeconds} s; ask for at most ${fit}.`);
  }
  return { ...input, count: input.count ?? fit };
}

function checkClips(clips: ClipChoice[] | undefined, seconds: number): void {
  const sorted = [...(clips ?? [])].sort((a, b) => a.start - b.start);
  sorted.forEach((clip, index) => {
    if (clip.end > seconds + 0.5) throw new BadInputError(`A clip ends at ${clip.end.toFixed(1)} s but the recording is ${seconds.toFixed(1)} s long; move it inside the recording.`);
    if (index > 0 && clip.start < sorted[index - 1].end) throw new BadInputError(`The clips at ${sorted[index - 1].start.toFixed(1)} s and ${clip.start.toFixed(1)} s overlap; move one.`);
  });
}

function parseJson(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object') throw new UnsupportedMediaTypeError('Send multipart/form-data with `recording` and `transcript` files, or JSON naming `recordingAssetId` and `transcriptAssetId`.');
  return body as Record<string, unknown>;
}

async function readForm(request: FastifyRequest, runtime: KilnRuntime, limitBytes: number, stored: AssetRecord[], signal: AbortSignal): Promise<Record<string, unknown>> {
  const form: Record<string, unknown> = {};
  for await (const part of multipartParts(request, { fileSize: limitBytes, files: fileFields.length, fields: textFields.length, parts: fileFields.length + textFields.length })) {
    const field = part.fieldname;
    if (part.type === 'file') {
      if (!(fileFields as readonly string[]).includes(field) || `${field}AssetId` in form) {
        part.file.resume();
        throw new BadInputError(`The form has a file in \`${field}\`; send one \`recording\`, one \`transcript\` and optionally one \`chat\`.`);
      }
      const name = uploadFileName(part.filename, field);
      let asset: AssetRecord;
      if (field === 'recording') {
        const upload = await checkUpload(part.file, part.mimetype, limitBytes);
        if (!/^(audio|video)\//.test(upload.mediaType)) {
          part.file.resume();
          throw new UnsupportedMediaTypeError(`The recording is ${upload.mediaType}; upload a video or audio recording of the stream.`);
        }
        asset = await runtime.assets.put({ ownerId: request.userId, data: upload.data, mediaType: upload.mediaType, name, metadata: { uploadedFor: 'vocabulary-shorts' } });
        stored.push(asset);
        const uploaded = asset;
        await runtime.assets.withLocalFile(uploaded, (path) => decodeRecording(path, name, signal));
      } else {
        const bytes = await readText(part.file, limitBytes, field);
        asset = await runtime.assets.put({ ownerId: request.userId, data: bytes, mediaType: 'text/plain', name, metadata: { uploadedFor: 'vocabulary-shorts' } });
        stored.push(asset);
      }
      form[`${field}AssetId`] = asset.id;
    } else if ((textFields as readonly string[]).includes(field) && !(field in form)) {
      form[field] = formValue(field, String(part.value));
    } else {
      throw new BadInputError(`The form has an unexpected or repeated field \`${field}\`; it takes ${[...fileFields, ...textFields].join(', ')}.`);
    }
  }
  return form;
}

/**
 * The shared upload rule: every frame decodes, the demuxer forced to what the bytes are. A refusal
 * names the recording and keeps ffmpeg's last words, already stripped of paths and addresses.
 */
async function decodeRecording(path: string, name: string, signal: AbortSignal): Promise<void> {
  try {
    await decodeFully(path, { signal, timeoutMs: 30 * 60_000 });
  } catch (error) {
    if (!(error instanceof KilnError) || error.code !== 'media_failed') throw error;
    const said = String(error.details?.stderr ?? '').split('\n').filter(Boolean).slice(-2).join('; ');
    throw new MediaError(`The recording ${name} could not be decoded; it is corrupt or not really what its first bytes say${said ? ` (ffmpeg: ${said})` : ''}.`, {
      cause: error,
      details: { stderr: error.details?.stderr },
    });
  }
}

/** A transcript or chat log: text, checked by decoding it (binary bytes and other encodings are refused with a sentence). */
async function readText(file: UploadFileStream, limitBytes: number, field: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  if (file.truncated) throw new PayloadTooLargeError(`The ${field} file is larger than the upload limit of ${formatBytes(limitBytes)}.`, { details: { limitBytes } });
  const bytes = Buffer.concat(chunks);
  decodeTranscript(bytes);
  return bytes;
}

function formValue(field: string, raw: string): unknown {
  const text = raw.trim();
  if (field === 'planOnly') return text === 'true' || text === '1';
  if (field === 'count' || field === 'width' || field === 'height') return Number(text);
  if (field === 'clips') {
    try {
      return JSON.parse(text);
    } catch {
      throw new BadInputError('The field `clips` must be JSON: [{"start": 12.5, "end": 40}, …].');
    }
  }
  return text;
}
