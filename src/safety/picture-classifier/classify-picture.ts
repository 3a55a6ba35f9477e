import sharp from 'sharp';
import type { CategoryScore, MediaData } from '../../providers/spec/index.ts';
import { sharedClassifierThread } from './classifier-thread.ts';
import { loadNsfwModel } from './load-nsfw-model.ts';
import { pictureSeverity, type PictureClassification, type PictureClassScores } from './picture-severity.ts';

/** The classifier's input size (MobileNetV2 was trained on 224x224 pictures). */
const inputSize = 224;

/**
 * Scores one picture with the local classifier, on a thread of its own (classifier-thread.ts): the
 * model's load and each run are 0.1-1 s of WASM that held every request on the server's thread.
 */
export async function classifyPicture(image: MediaData): Promise<PictureClassification> {
  const thread = sharedClassifierThread();
  return thread ? thread.classify(image) : classifyPictureHere(image);
}

/**
 * Scores one picture with the local classifier on the calling thread. Decodes with sharp (any format
 * it reads) and squashes the whole picture to 224x224 so nothing at the edges is cropped away.
 */
export async function classifyPictureHere(image: MediaData): Promise<PictureClassification> {
  const model = await loadNsfwModel();
  const started = performance.now();
  const { data } = await sharp(image.data)
    .resize(inputSize, inputSize, { fit: 'fill' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const tf = await import('@tensorflow/tfjs');
  const pixels = tf.tensor3d(new Uint8Array(data), [inputSize, inputSize, 3], 'int32');
  try {
    const predictions = await model.classify(pixels, 5);
    const scores: PictureClassScores = { Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0 };
    for (const prediction of predictions) scores[prediction.className] = prediction.probability;
    return { scores, categories: [pictureSeverity(scores)], milliseconds: performance.now() - started };
  } finally {
    pixels.dispose();
  }
}
