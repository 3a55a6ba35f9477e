import { renderAsync } from '@resvg/resvg-js';

/**
 * Renders a scene's SVG to PNG bytes with resvg. Shared by the calling thread and the illustrator's
 * thread (which Node loads by type stripping), so both give the same bytes.
 */
export async function renderSvgToPng(svg: string, abortSignal?: AbortSignal): Promise<Uint8Array> {
  // System fonts are never needed (the picture has no text) and loading them costs more than drawing.
  // resvg refuses a signal it has been handed before (an empty InvalidArg), so each render gets its own.
  const renderSignal = abortSignal ? AbortSignal.any([abortSignal]) : undefined;
  const rendered = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }, renderSignal).catch((error: unknown) => {
    abortSignal?.throwIfAborted();
    throw error;
  });
  abortSignal?.throwIfAborted();
  // A copy in an ArrayBuffer of its own, which a thread can hand over without copying again.
  return new Uint8Array(rendered.asPng());
}
