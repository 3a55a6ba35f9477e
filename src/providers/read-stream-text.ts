import { ProviderUnavailableError } from '../engine/errors/index.ts';

/**
 * The text of a streamed HTTP answer, chunk by chunk as it arrives. A connection that drops part way
 * is a ProviderUnavailableError; the caller's abort stays an abort. Leaving the loop early cancels
 * the body, which closes the connection, so the server stops generating.
 */
export async function* readStreamText(response: Response, provider: string, signal?: AbortSignal): AsyncGenerator<string> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error);
        throw new ProviderUnavailableError(`${provider} stopped part way through its answer (${cause}).`, { cause: error, details: { provider } });
      }
      if (chunk.done) return;
      yield chunk.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
