/**
 * A stand-in for a ComfyUI server on 127.0.0.1, speaking its documented HTTP protocol:
 * `POST /upload/image` (multipart `image`), `POST /prompt` (`{ prompt: graph, client_id }` →
 * `{ prompt_id }`, 400 with node errors for a bad graph), `GET /history/{id}` (empty until the
 * prompt ran), `GET /view?filename=&subfolder=&type=`, `POST /queue`, `GET /system_stats` and `GET /object_info`
 * (the CheckpointLoaderSimple node, whose `ckpt_name` choices list the checkpoints, as discovery reads them).
 * Running a graph means, by its nodes: with LoadImage (restyle, img2img), scale the uploaded image
 * to the ImageScale size and invert it; with EmptyLatentImage (text to image), paint the latent's
 * size in a colour computed from the positive prompt; with VHS_VideoCombine (image to video), render
 * an H.264 MP4 with ffmpeg that fades from the start image to the end image, `length` frames rounded
 * down to 4n+1 as Wan's first-last-frame models do, at the node's frame_rate.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import type { ComfyWorkflow } from '../comfyui-workflow.ts';
import { solidPicture } from '../../diffusion/testing/solid-picture.ts';

export interface ComfyUiStandInOptions {
  /** Checkpoints in models/checkpoints. */
  checkpoints?: string[];
  /** How long a prompt takes to run; its history stays empty until then. */
  runMs?: number;
  /** Every prompt fails while running, with this exception message. */
  failWith?: string;
  /** POST /prompt answers this HTTP status (e.g. 500) instead of queueing. */
  promptStatus?: number;
}

export interface ComfyUiStandIn {
  /** e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
  /** Uploaded file names, in order. */
  uploads: string[];
  /** The graphs queued, in order. */
  graphs: ComfyWorkflow[];
  /** Prompt ids removed from the queue through POST /queue. */
  deleted: string[];
}

export async function startComfyUiStandIn(options: ComfyUiStandInOptions = {}): Promise<ComfyUiStandIn> {
  const checkpoints = options.checkpoints ?? ['sd_turbo.safetensors'];
  const files = new Map<string, Uint8Array>();
  const history = new Map<string, unknown>();
  const uploads: string[] = [];
  const graphs: ComfyWorkflow[] = [];
  const deleted: string[] = [];

  async function run(promptId: string, graph: ComfyWorkflow): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, options.runMs ?? 40));
    if (options.failWith) {
      history.set(promptId, { outputs: {}, status: { status_str: 'error', completed: false, messages: [['execution_error', { prompt_id: promptId, exception_message: options.failWith }]] } });
      return;
    }
    const combine = Object.entries(graph).find(([, node]) => node.class_type === 'VHS_VideoCombine');
    if (combine) {
      const filename = `kiln_clip_${promptId.slice(0, 5)}_00001.mp4`;
      files.set(`output/${filename}`, await renderClip(graph, Number(combine[1].inputs.frame_rate)));
      history.set(promptId, {
        prompt: [0, promptId, graph, {}, [combine[0]]],
        outputs: { [combine[0]]: { gifs: [{ filename, subfolder: '', type: 'output', format: 'video/h264-mp4', frame_rate: combine[1].inputs.frame_rate }] } },
        status: { status_str: 'success', completed: true, messages: [['execution_success', { prompt_id: promptId }]] },
      });
      return;
    }
    const [outputNode, output] = Object.entries(graph).find(([, node]) => node.class_type === 'PreviewImage' || node.class_type === 'SaveImage')!;
    const type = output.class_type === 'SaveImage' ? 'output' : 'temp';
    const filename = type === 'output' ? `kiln_${promptId.slice(0, 5)}_00001_.png` : `ComfyUI_temp_${promptId.slice(0, 5)}_00001_.png`;
    files.set(`${type}/${filename}`, new Uint8Array(await drawPicture(graph)));
    history.set(promptId, {
      prompt: [0, promptId, graph, {}, [outputNode]],
      outputs: { [outputNode]: { images: [{ filename, subfolder: '', type }] } },
      status: { status_str: 'success', completed: true, messages: [['execution_start', { prompt_id: promptId }], ['execution_success', { prompt_id: promptId }]] },
    });
  }

  async function drawPicture(graph: ComfyWorkflow): Promise<Buffer> {
    const nodes = Object.values(graph);
    const load = nodes.find((node) => node.class_type === 'LoadImage');
    if (load) {
      const scale = nodes.find((node) => node.class_type === 'ImageScale')?.inputs;
      const picture = sharp(files.get(String(load.inputs.image))!);
      const resized = scale ? picture.resize(Number(scale.width), Number(scale.height), { fit: 'cover' }) : picture;
      return resized.negate({ alpha: false }).png().toBuffer();
    }
    const latent = nodes.find((node) => node.class_type === 'EmptyLatentImage')!.inputs;
    const sampler = nodes.find((node) => node.class_type === 'KSampler')!.inputs;
    const positive = graph[String((sampler.positive as [string, number])[0])].inputs.text;
    return solidPicture(String(positive), Number(latent.width), Number(latent.height));
  }

  async function renderClip(graph: ComfyWorkflow, fps: number): Promise<Uint8Array> {
    const video = Object.values(graph).find((node) => node.inputs.start_image && node.inputs.end_image)!.inputs;
    const imageOf = (link: unknown) => files.get(String(graph[String((link as [string, number])[0])].inputs.image))!;
    const frames = Math.floor((Number(video.length) - 1) / 4) * 4 + 1;
    const folder = await mkdtemp(join(tmpdir(), 'kiln-comfy-stand-in-'));
    try {
      await writeFile(join(folder, 'start.png'), imageOf(video.start_image));
      await writeFile(join(folder, 'end.png'), imageOf(video.end_image));
      const size = `${Number(video.width)}:${Number(video.height)}`;
      await runFfmpeg([
        '-hide_banner', '-nostdin', '-v', 'error',
        '-loop', '1', '-framerate', String(fps), '-i', join(folder, 'start.png'),
        '-loop', '1', '-framerate', String(fps), '-i', join(folder, 'end.png'),
        '-filter_complex', `[0:v]scale=${size},setsar=1,format=yuv420p[a];[1:v]scale=${size},setsar=1,format=yuv420p[b];[a][b]xfade=transition=fade:duration=${frames / fps}:offset=0,format=yuv420p[v]`,
        '-map', '[v]', '-frames:v', String(frames), '-c:v', 'libx264', '-preset', 'ultrafast', '-y', join(folder, 'clip.mp4'),
      ]);
      return new Uint8Array(await readFile(join(folder, 'clip.mp4')));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** The checks ComfyUI makes before queueing: inputs that name files and models must exist, numbers must be numbers. */
  function validate(graph: ComfyWorkflow): string | undefined {
    for (const node of Object.values(graph)) {
      if (node.class_type === 'CheckpointLoaderSimple' && !checkpoints.includes(String(node.inputs.ckpt_name))) {
        return `Value not in list: ckpt_name: '${String(node.inputs.ckpt_name)}' not in ${JSON.stringify(checkpoints)}`;
      }
      if (node.class_type === 'LoadImage' && !files.has(String(node.inputs.image))) return `Invalid image file: ${String(node.inputs.image)}`;
      if (node.class_type === 'KSampler' && ['seed', 'steps', 'cfg', 'denoise'].some((key) => typeof node.inputs[key] !== 'number')) {
        return 'Failed to convert an input value to a number';
      }
      if ((node.class_type === 'VHS_VideoCombine' && typeof node.inputs.frame_rate !== 'number') || ('length' in node.inputs && typeof node.inputs.length !== 'number')) {
        return 'Failed to convert an input value to a number';
      }
    }
    return undefined;
  }

  async function handle(request: IncomingMessage, url: URL, body: Buffer): Promise<{ status?: number; body: unknown; type?: string }> {
    const path = url.pathname;
    if (request.method === 'GET' && path === '/system_stats') {
      return { body: { system: { os: 'posix', comfyui_version: '0.3.0', python_version: '3.12' }, devices: [{ name: 'cuda:0 NVIDIA', type: 'cuda', vram_total: 25_000_000_000 }] } };
    }
    // The node catalogue as ComfyUI serves it (/object_info, or one node's entry): a combo input lists its choices first.
    if (request.method === 'GET' && (path === '/object_info' || path === '/object_info/CheckpointLoaderSimple')) {
      return {
        body: {
          CheckpointLoaderSimple: {
            input: { required: { ckpt_name: [checkpoints, { tooltip: 'The name of the checkpoint (model) to load.' }] } },
            input_order: { required: ['ckpt_name'] },
            output: ['MODEL', 'CLIP', 'VAE'], output_is_list: [false, false, false], output_name: ['MODEL', 'CLIP', 'VAE'],
            name: 'CheckpointLoaderSimple', display_name: 'Load Checkpoint', description: 'Loads a diffusion model checkpoint.',
            python_module: 'nodes', category: 'loaders', output_node: false,
          },
        },
      };
    }
    if (request.method === 'POST' && path === '/upload/image') {
      const form = await new Request(url, { method: 'POST', headers: { 'content-type': String(request.headers['content-type']) }, body: new Uint8Array(body) }).formData();
      const image = form.get('image');
      if (!(image instanceof File)) return { status: 400, body: 'No image in the upload', type: 'text/plain' };
      files.set(image.name, new Uint8Array(await image.arrayBuffer()));
      uploads.push(image.name);
      return { body: { name: image.name, subfolder: '', type: 'input' } };
    }
    if (request.method === 'POST' && path === '/prompt') {
      if (options.promptStatus) return { status: options.promptStatus, body: { error: { type: 'server_error', message: 'Internal Server Error' } } };
      const graph = JSON.parse(body.toString('utf8')).prompt as ComfyWorkflow;
      const problem = validate(graph);
      if (problem) {
        return { status: 400, body: { error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details: problem, extra_info: {} }, node_errors: { any: { errors: [{ message: problem }] } } } };
      }
      const promptId = randomUUID();
      graphs.push(graph);
      void run(promptId, graph).catch((error: unknown) => {
        history.set(promptId, { outputs: {}, status: { status_str: 'error', completed: false, messages: [['execution_error', { prompt_id: promptId, exception_message: String(error) }]] } });
      });
      return { body: { prompt_id: promptId, number: graphs.length, node_errors: {} } };
    }
    if (request.method === 'GET' && path.startsWith('/history/')) {
      const promptId = decodeURIComponent(path.slice('/history/'.length));
      const entry = history.get(promptId);
      return { body: entry ? { [promptId]: entry } : {} };
    }
    if (request.method === 'GET' && path === '/view') {
      const file = files.get(`${url.searchParams.get('type')}/${url.searchParams.get('filename')}`);
      const type = /\.mp4$/.test(String(url.searchParams.get('filename'))) ? 'video/mp4' : 'image/png';
      return file ? { body: file, type } : { status: 404, body: '404: Not Found', type: 'text/plain' };
    }
    if (request.method === 'POST' && path === '/queue') {
      deleted.push(...((JSON.parse(body.toString('utf8')).delete as string[] | undefined) ?? []));
      return { body: {} };
    }
    return { status: 404, body: '404: Not Found', type: 'text/plain' };
  }

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await handle(request, new URL(request.url ?? '/', 'http://127.0.0.1'), Buffer.concat(chunks));
    const type = answer.type ?? 'application/json';
    response.writeHead(answer.status ?? 200, { 'content-type': type });
    response.end(type === 'application/json' ? JSON.stringify(answer.body) : (answer.body as Uint8Array | string));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { origin, close, uploads, graphs, deleted };
}
