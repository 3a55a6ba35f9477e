import { encodeRawImage } from '../../media/filters/raw-image.ts';
import { drawTestScene } from '../../media/filters/testing/draw-test-scene.ts';
import { encodeFrameMessage } from '../frame-protocol.ts';

/** A JPEG of the synthetic scene at `time` (the head moves with it), `side` pixels square. */
export function sceneJpeg(time = 0, side = 256): Promise<Uint8Array> {
  return encodeRawImage(drawTestScene(side, side, time), 'image/jpeg', 85);
}

/** A camera frame message as a streamer sends it. */
export async function cameraFrameMessage(frameId: number, time = frameId * 0.5, side = 256): Promise<Uint8Array<ArrayBuffer>> {
  return encodeFrameMessage({ kind: 'camera', imageType: 'image/jpeg', frameId, captureTime: Date.now(), repeat: false, image: await sceneJpeg(time, side) });
}
