import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadConfig } from '../config/index.ts';
import { AllProvidersFailedError, BadInputError, KilnError } from '../engine/errors/index.ts';
import { sniffLength, sniffMediaType } from '../media/sniff-media-type.ts';
import { useTextAnalysis } from '../pipelines/vocabulary/analysis/analysis-thread-pool.ts';
import { chooseDictionary } from '../pipelines/vocabulary/analysis/choose-dictionary.ts';
import { tokenizeAhead } from '../pipelines/vocabulary/analysis/tokenize-ahead.ts';
import { exportFormats } from '../pipelines/vocabulary/exports/vocabulary-export.ts';
import { decodeTranscript } from '../pipelines/vocabulary/parse-step.ts';
import { parseStreamSource } from '../pipelines/vocabulary/transcripts/parse-stream-source.ts';
import { parseTranscript } from '../pipelines/vocabulary/transcripts/parse-transcript.ts';
import type { KilnRuntime } from '../runtime/contracts.ts';
import { localUserId } from '../runtime/local-user.ts';
import { keepWasmOnBaselineCompiler } from '../store/keep-wasm-on-baseline-compiler.ts';
import { compactHeap, keepNewThreadsYoungGenerationSmall } from '../engine/one-shot-heap.ts';
import { writeFileAtomically } from '../engine/write-file-atomically.ts';
import { describeMadeBy } from './describe-made-by.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { waitForJob } from './wait-for-job.ts';

const usage = 'Use kiln vocab extract FILE (subtitles, a transcript or a recording) [--source URL] [--json], kiln vocab export --format apkg|csv|pdf|posts --out FILE, or kiln vocab sync --to notion|anki.';

/** Runs `work` on the runtime of the data folder (the same vocabulary a `kiln serve` there shows). */
async function withRuntime<T>(work: (runtime: KilnRuntime) => Promise<T>): Promise<T> {
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  // Each vocab command opens the database once and exits: PGlite's optimising compiles would be its peak.
  keepWasmOnBaselineCompiler();
  keepNewThreadsYoungGenerationSmall();
  // Loaded here, not at the top: the database's modules cost ~100 MB of heap, which extract keeps
  // out of the time the analysis thread holds kuromoji's dictionary.
  const { createRuntime } = await import('../runtime/create-runtime.ts');
  // Loading ~1,000 modules leaves about as much garbage as it keeps; the database opens on top of it.
  compactHeap();
  const runtime = await createRuntime({ config, env: process.env, withWorker: true, workerConcurrency: 1 });
  compactHeap();
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

async function runJob(runtime: KilnRuntime, pipeline: string, input: unknown, json: boolean) {
  const job = await waitForJob(runtime, await runtime.jobs.create(localUserId, pipeline, input), { json });
  if (job.state !== 'succeeded') throw new KilnError((job.error?.code ?? 'internal') as KilnError['code'], `${job.error?.message ?? job.state}`);
  return job;
}

/** What `extract` stores: a transcript (checked here first) or a recording (told by its bytes, for the `transcription` capability). */
function readExtractInput(bytes: Buffer, path: string) {
  const sniffed = sniffMediaType(bytes.subarray(0, sniffLength));
  if (sniffed && /^(audio|video)\//.test(sniffed.mediaType)) {
    if (!sniffed.accepted) throw new BadInputError(`${path} is ${sniffed.label}, which Kiln does not take; convert it to WAV, MP3 or MP4.`);
    return { kind: 'recording' as const, mediaType: sniffed.mediaType };
  }
  // Anything else is read as a transcript, checked here first: a bad file is exit code 2 with the parser's sentence and nothing is stored.
  const { format, cues } = parseTranscript(decodeTranscript(bytes));
  return { kind: 'transcript' as const, format, cues };
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { source: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean', default: false } }, true);
  if (positionals.length !== 1) throw new BadInputError(`Name one transcript or recording. ${usage}`);
  const path = resolve(positionals[0]);
  const bytes = await readFile(path).catch(() => { throw new BadInputError(`Cannot read ${path}; name a subtitle or transcript file or a recording.`); });
  const input = readExtractInput(bytes, path);
  const source = parseStreamSource(values.source, values.title ? { title: values.title } : {});
  // Peak memory: kuromoji (~280 MB on its thread) and PGlite (~280 MB) are never held together. The
  // transcript is tokenised and that thread ended before the database opens; the job's analyze step
  // then reads the kept tokens (the same batches, so the same items) and starts no thread.
  keepNewThreadsYoungGenerationSmall();
  useTextAnalysis(input.kind === 'transcript' ? await tokenizeAhead(input.cues, source) : undefined);
  try {
    return await extractWithRuntime(path, bytes, input, source, values.json);
  } finally {
    useTextAnalysis(undefined);
  }
}

async function extractWithRuntime(path: string, bytes: Buffer, input: ReturnType<typeof readExtractInput>, source: ReturnType<typeof parseStreamSource>, json: boolean): Promise<number> {
  const { createVocabularyStore } = await import('../pipelines/vocabulary/store/vocabulary-store.ts');
  return withRuntime(async (runtime) => {
    // Refused before anything is stored: without a transcriber the job could only fail.
    if (input.kind === 'recording' && runtime.providers.candidates('transcription').length === 0) {
      throw new AllProvidersFailedError('No backend is configured for transcription, which a recording needs: list one in capabilities.transcription '
        + '(e.g. an OpenAI-compatible Whisper server) or KILN_TRANSCRIPTION, or extract from the stream\'s subtitles instead.', { details: { capability: 'transcription', attempts: [] } });
    }
    const asset = await runtime.assets.put({
      ownerId: localUserId, data: bytes, mediaType: input.kind === 'recording' ? input.mediaType : 'text/plain', name: basename(path), metadata: { uploadedFor: 'vocabulary' },
    });
    const job = await runJob(runtime, 'vocabulary', {
      ...(input.kind === 'recording' ? { recordingAssetId: asset.id } : { transcriptAssetId: asset.id, format: input.format }),
      source, dictionary: chooseDictionary(runtime.config.vocabulary?.jmdictPath).version, enrich: !(runtime.providers.candidates('text')[0] ?? 'builtin:').startsWith('builtin:'),
    }, json);
    const { streamId } = job.output as { streamId: string };
    const { entries } = await createVocabularyStore(runtime.database!).query(localUserId, { stream: streamId, status: 'all', pageSize: 500 });
    const items = entries.map((entry) => ({
      expression: entry.expression, dictionaryForm: entry.dictionaryForm, reading: entry.reading, romaji: entry.romaji, english: entry.english,
      kind: entry.kind, difficulty: entry.difficulty, sentence: entry.example?.sentence ?? null, start: entry.example?.start ?? null, link: entry.example?.link ?? null,
    }));
    const madeBy = describeMadeBy(job, runtime.config);
    if (json) process.stdout.write(`${JSON.stringify({ streamId, items, ...madeBy.json })}\n`);
    else {
      const lines = items.map((item) => `${item.expression}\t${item.reading}\t${item.english ?? ''}\t${item.kind}\t${item.start ?? ''}`);
      process.stdout.write(`${lines.join('\n')}\n${items.length} expressions saved (stream ${streamId}).\n${madeBy.text}`);
    }
    return 0;
  });
}

async function exportFile(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, { format: { type: 'string' }, out: { type: 'string' }, status: { type: 'string' }, mined: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
  if (!values.format || !(exportFormats as readonly string[]).includes(values.format)) throw new BadInputError(`--format must be one of ${exportFormats.join(', ')}. ${usage}`);
  if (!values.out) throw new BadInputError(`Name the file to write with --out FILE. ${usage}`);
  const out = resolve(values.out);
  const { vocabularyRevision } = await import('../pipelines/vocabulary/exports/vocabulary-revision.ts');
  return withRuntime(async (runtime) => {
    // The same `vocabulary-export` job the web page starts: an unchanged vocabulary's export comes from the cache.
    const revision = await vocabularyRevision(runtime.database!, localUserId);
    const job = await runJob(runtime, 'vocabulary-export', { format: values.format, filter: { status: values.status, mined: values.mined ? 'true' : undefined }, revision }, values.json);
    const { assetId } = job.output as { assetId: string };
    const data = await runtime.assets.read(await runtime.assets.get(localUserId, assetId));
    // An interrupted export never leaves half a file under the real name.
    await writeFileAtomically(out, data);
    process.stdout.write(`${out} (${data.length} bytes)\n`);
    // Why cards have no audio or picture (no recording, no times, past the cap): said, not left to be discovered in Anki.
    for (const note of (job.output as { notes?: string[] }).notes ?? []) process.stderr.write(`${note}\n`);
    return 0;
  });
}

async function sync(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, { to: { type: 'string' }, json: { type: 'boolean', default: false } });
  if (values.to !== 'notion' && values.to !== 'anki') throw new BadInputError(`--to must be notion or anki. ${usage}`);
  return withRuntime(async (runtime) => {
    const job = await runJob(runtime, 'vocabulary-sync', { to: values.to }, values.json);
    process.stdout.write(`${JSON.stringify(job.output)}\n`);
    return 0;
  });
}

/** `kiln vocab extract|export|sync`: the vocabulary studio from the command line, on the data folder's database. */
export async function vocabCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'extract') return extract(rest);
  if (action === 'export') return exportFile(rest);
  if (action === 'sync') return sync(rest);
  if (action === 'shorts') return (await import('./vocab-shorts-command.ts')).vocabShortsCommand(rest);
  throw new BadInputError(`Unknown vocab action "${action ?? ''}". ${usage}`);
}
