import { readStreamText } from './read-stream-text.ts';

/**
 * The lines of a streamed newline-delimited JSON answer (Ollama's) as they arrive, with
 * readStreamText's handling of a dropped connection and of an early exit. Server-sent events go
 * through readStreamEvents instead.
 */
export async function* readStreamLines(response: Response, provider: string, signal?: AbortSignal): AsyncGenerator<string> {
  let buffered = '';
  for await (const chunk of readStreamText(response, provider, signal)) {
    buffered += chunk;
    const lines = buffered.split(/\r?\n/);
    buffered = lines.pop()!;
    for (const line of lines) yield line;
  }
  if (buffered !== '') yield buffered;
}
