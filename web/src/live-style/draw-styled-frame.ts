import type { FrameMessage } from '../../../src/live-style/frame-protocol.ts';

/**
 * Draws a styled frame on the canvas, sizing the canvas to the picture. Decoding happens off the
 * main thread (createImageBitmap); a frame that arrives while the previous one is still decoding
 * replaces it, so a slow device shows the newest picture rather than falling behind. A frame of an
 * older style generation than one already drawn is never drawn, and `onDrawn` says which was, so
 * the caption can follow the picture rather than run ahead of it.
 */
export function createFrameDrawer(canvas: HTMLCanvasElement, onDrawn?: (frame: FrameMessage) => void): (frame: FrameMessage) => void {
  let decoding = false;
  let pending: FrameMessage | undefined;
  let drawnGeneration = 0;
  const draw = async (frame: FrameMessage) => {
    decoding = true;
    try {
      if ((frame.styleVersion ?? 0) < drawnGeneration) return;
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(frame.image)], { type: frame.imageType }));
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
      }
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      bitmap.close();
      drawnGeneration = frame.styleVersion ?? 0;
      onDrawn?.(frame);
    } catch {
      // A picture the browser cannot decode is skipped; the next one replaces it.
    } finally {
      decoding = false;
      const next = pending;
      pending = undefined;
      if (next) void draw(next);
    }
  };
  return (frame) => {
    if (decoding) pending = frame;
    else void draw(frame);
  };
}
