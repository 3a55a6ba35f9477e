import type { FrameMessage } from '../../../src/live/frame-protocol.ts';

/**
 * Draws a styled frame on the canvas, sizing the canvas to the picture. Decoding happens off the
 * main thread (createImageBitmap); a frame that arrives while the previous one is still decoding
 * replaces it, so a slow device shows the newest picture rather than falling behind.
 */
export function createFrameDrawer(canvas: HTMLCanvasElement): (frame: FrameMessage) => void {
  let decoding = false;
  let pending: FrameMessage | undefined;
  const draw = async (frame: FrameMessage) => {
    decoding = true;
    try {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(frame.image)], { type: frame.imageType }));
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
      }
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      bitmap.close();
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
