import { encodeRawImage } from '../../src/media/filters/raw-image.ts';
import { drawTestScene } from '../../src/media/filters/testing/draw-test-scene.ts';

/**
 * Camera-sized JPEGs with real motion, made once before a run: the synthetic scene's head sweeps
 * across the picture and every frame has its own grain, as a webcam's sensor noise does. Made up
 * front so the load generator spends its time sending, not drawing; streamers start at different
 * frames, so no two send the same picture at once.
 */
export async function movingCameraFrames(count = 240, width = 640, height = 480, quality = 80): Promise<Uint8Array[]> {
  const frames: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    // One sweep of the head every 60 frames (12 s at 5 FPS): a person moving about, not a still shot.
    frames.push(await encodeRawImage(drawTestScene(width, height, (index / 60) * 2 * Math.PI), 'image/jpeg', quality));
  }
  return frames;
}
