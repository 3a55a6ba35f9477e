// `kiln doctor` as a user runs it on a machine with no ffmpeg installed: a real process whose PATH
// holds only node's own folder.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmFfmpegPath } from '../media/ffmpeg/index.ts';
import { debianEdictPath } from '../pipelines/vocabulary/analysis/load-edict.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from '../providers/comfyui/testing/comfyui-stand-in.ts';
import { standInVideoWorkflow } from '../providers/comfyui/testing/comfyui-video-workflow.ts';
import { startOllamaStandIn } from '../providers/ollama/testing/ollama-stand-in.ts';
import type { StandIn } from '../providers/testing/start-stand-in.ts';
import { describeGlossLanguages } from '../safety/read-idea-with-glosses.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';

const binary = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));

describe.skipIf(npmFfmpegPath() === undefined)('kiln doctor with no ffmpeg on PATH', () => {
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let report: any;
  let text: string;
  let code: number;
  let ollama: StandIn;
  let comfy: ComfyUiStandIn;
  let detected: any;
  let detectedText: string;
  beforeAll(async () => {
    data = await temporaryDataDir();
    ollama = await startOllamaStandIn({ models: ['llama3.2', 'llava'] });
    // A ComfyUI server with a video workflow, named in no list: the video list finds it by itself.
    comfy = await startComfyUiStandIn();
    await writeFile(join(data.dataDir, 'kiln.config.json'), JSON.stringify({ backends: { 'gpu-box': { type: 'comfyui', baseURL: comfy.origin, videoWorkflow: standInVideoWorkflow } } }));
    // Discovery looks only at the stand-in's port, so what runs on this machine cannot change the report.
    const env = { HOME: data.dataDir, PATH: dirname(process.execPath), KILN_DATA_DIR: data.dataDir, KILN_DETECT_PORTS: `ollama=${new URL(ollama.origin).port}` };
    const run = (args: string[], command = 'doctor') => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [binary, command, ...args], { env, cwd: data.dataDir }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });
    const json = await run(['--json']);
    expect(json.stderr).toBe('');
    report = JSON.parse(json.stdout);
    code = json.code;
    text = (await run([])).stdout;
    detected = JSON.parse((await run(['detect', '--json'], 'backends')).stdout);
    detectedText = (await run(['detect'], 'backends')).stdout;
  }, 90_000);
  afterAll(async () => {
    await ollama?.close();
    await comfy?.close();
    await data?.remove();
  });

  it('says which model server runs here but is not configured yet, and `kiln backends detect` lists its models', () => {
    expect(report.detected).toEqual([expect.objectContaining({ kind: 'ollama', address: ollama.origin, state: 'usable' })]);
    expect(text).toContain(`found: Ollama at ${ollama.origin} with 2 models, not configured`);
    expect(detected.servers[0].models.map((model: { id: string }) => model.id)).toEqual(['llama3.2:latest', 'llava:latest']);
    expect(detectedText).toContain(`✓ Ollama at ${ollama.origin}`);
    expect(detectedText).toMatch(/ollama:llava:latest {2}\(for description, text; vision model/);
  });

  it('uses npm\'s static ffmpeg and says what it lacks', () => {
    expect(report.ffmpeg).toMatchObject({ state: 'ready', source: 'npm', path: npmFfmpegPath() });
    expect(report.ffmpeg.lacks).toContainEqual(expect.objectContaining({ name: 'xfade', kind: 'filter' }));
    expect(text).toMatch(/npm's static build/);
    expect(text).toMatch(/lacks the xfade filter/);
    expect(code).toBe(0);
  });

  it('names the vocabulary dictionary, or says how to install one, without failing for it', () => {
    if (existsSync(debianEdictPath)) {
      expect(report.dictionary).toMatchObject({ kind: 'edict', path: debianEdictPath });
      expect(text).toMatch(/^dictionary EDICT from \/usr\/share\/edict\/edict/m);
    } else {
      expect(report.dictionary).toMatchObject({ kind: 'none', path: null });
      expect(text).toMatch(/^dictionary missing: .*apt-get install edict/m);
    }
    expect(code).toBe(0);
  });

  it('says which languages story ideas are read in, and which package adds a missing one', () => {
    expect(report.storyLanguages).toEqual(describeGlossLanguages());
    expect(text).toMatch(/^languages (story ideas in .* also read through dictionary glosses|no dictionary)/m);
    for (const { package: name } of report.storyLanguages.missing) expect(text).toContain(name);
  });

  it('loads the sentence encoder that reads child-mode ideas by meaning, and says it is ready', () => {
    expect(report.ideaReader).toEqual({ state: 'ready' });
    expect(text).toMatch(/^ideas +✓ child-mode ideas are also read by meaning/m);
  });

  it('reports the built-in models the jobs use as ready, and lists only what is served', () => {
    const builtin = report.backends.find((backend: { name: string }) => backend.name === 'builtin');
    expect(builtin.serves).toEqual({
      text: ['storyteller'], image: ['illustrator'], restyle: ['filters'], speech: ['narrator'], moderation: ['rules'], segmentation: ['selfie'],
    });
    for (const capability of ['text', 'image', 'restyle', 'speech', 'moderation', 'segmentation']) {
      expect(report.capabilities[capability].ready).toEqual(report.capabilities[capability].candidates);
    }
    expect(report.capabilities.transcription.candidates).toEqual([]);
    expect(report.capabilities.description.candidates).toEqual([]);
    expect(text).not.toMatch(/transcriber|captioner/);
  });

  it('lists the video capability: a configured ComfyUI video workflow, then the built-in Ken Burns motion', () => {
    const gpuBox = report.backends.find((backend: { name: string }) => backend.name === 'gpu-box');
    expect(gpuBox).toMatchObject({ type: 'comfyui', state: 'ready', serves: { video: ['video-workflow'] } });
    expect(report.capabilities.video).toEqual({ candidates: ['gpu-box:video-workflow'], installed: ['gpu-box:video-workflow'], ready: ['gpu-box:video-workflow'] });
    expect(text).toMatch(/^ {2}video +\*gpu-box:video-workflow → built-in Ken Burns motion \(last resort\)$/m);
    expect(code).toBe(0);
  });
});
