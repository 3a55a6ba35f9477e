/**
 * A stand-in for a ComfyUI server on 127.0.0.1, speaking its documented HTTP protocol:
 * `POST /upload/image` (multipart `image`), `POST /prompt` (`{ prompt: graph, client_id }` →
 * `{ prompt_id }`, 400 with node errors for a bad graph), `GET /history/{id}` (empty until the
 * prompt ran), `GET /view?filename=&subfolder=&type=`, `POST /queue` and `GET /system_stats`.
 * Running a graph means: load the uploaded image, scale it to the ImageScale size and invert it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { ComfyWorkflow } from '../comfyui-workflow.ts';

export interface ComfyUiStandInOptions {
  /** Checkpoints in models/checkpoints. */
  checkpoints?: string[];
  /** How long a prompt takes to run; its history stays empty until then. */
  runMs?: number;
  /** Every prompt fails while running, with this exception message. */
  failWith?: string;
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
    const nodes = Object.values(graph);
    const input = files.get(String(nodes.find((node) => node.class_type === 'LoadImage')!.inputs.image))!;
    const scale = nodes.find((node) => node.class_type === 'ImageScale')?.inputs;
    const picture = sharp(input);
    const resized = scale ? picture.resize(Number(scale.width), Number(scale.height), { fit: 'cover' }) : picture;
    const filename = `ComfyUI_temp_${promptId.slice(0, 5)}_00001_.png`;
    files.set(`temp/${filename}`, new Uint8Array(await resized.negate({ alpha: false }).png().toBuffer()));
    const outputNode = Object.entries(graph).find(([, node]) => node.class_type === 'PreviewImage' || node.class_type === 'SaveImage')![0];
    history.set(promptId, {
      prompt: [0, promptId, graph, {}, [outputNode]],
      outputs: { [outputNode]: { images: [{ filename, subfolder: '', type: 'temp' }] } },
      status: { status_str: 'success', completed: true, messages: [['execution_start', { prompt_id: promptId }], ['execution_success', { prompt_id: promptId }]] },
    });
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
    }
    return undefined;
  }

  async function handle(request: IncomingMessage, url: URL, body: Buffer): Promise<{ status?: number; body: unknown; type?: string }> {
    const path = url.pathname;
    if (request.method === 'GET' && path === '/system_stats') {
      return { body: { system: { os: 'posix', comfyui_version: '0.3.0', python_version: '3.12' }, devices: [{ name: 'cuda:0 NVIDIA', type: 'cuda', vram_total: 25_000_000_000 }] } };
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
      const graph = JSON.parse(body.toString('utf8')).prompt as ComfyWorkflow;
      const problem = validate(graph);
      if (problem) {
        return { status: 400, body: { error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details: problem, extra_info: {} }, node_errors: { any: { errors: [{ message: problem }] } } } };
      }
      const promptId = randomUUID();
      graphs.push(graph);
      void run(promptId, graph);
      return { body: { prompt_id: promptId, number: graphs.length, node_errors: {} } };
    }
    if (request.method === 'GET' && path.startsWith('/history/')) {
      const promptId = decodeURIComponent(path.slice('/history/'.length));
      const entry = history.get(promptId);
      return { body: entry ? { [promptId]: entry } : {} };
    }
    if (request.method === 'GET' && path === '/view') {
      const file = files.get(`${url.searchParams.get('type')}/${url.searchParams.get('filename')}`);
      return file ? { body: file, type: 'image/png' } : { status: 404, body: '404: Not Found', type: 'text/plain' };
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
