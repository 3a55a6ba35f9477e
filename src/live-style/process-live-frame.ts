import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { KilnError } from '../engine/errors/index.ts';
import type { PersonRestyleOptions, PersonRestyleResult } from '../media/filters/create-filter-restyle-model.ts';
import type { RawPixels, RestyleModel } from '../providers/spec/index.ts';
import type { PersonCompositeRequest } from './composite-person-frame.ts';
import type { PersonMaskQueue } from './person-mask-queue.ts';
import { restyleSubject } from './restyle-subject.ts';
import { encodeFrameMessage, sniffFrameImage, type FrameTimings } from './frame-protocol.ts';
import { liveCloseCodes } from './live-close-codes.ts';
import { truncateCloseReason } from './truncate-close-reason.ts';
import type { CameraFrame, LiveSession, StyledPicture } from './live-session.ts';
import { frameThumbnail } from './similarity-filter.ts';

export interface ProcessLiveFrameOptions {
  model: RestyleModel;
  /** Finds the streamer for styles that restyle the background or the person only (the model shared by all streams); absent, such styles restyle everything. */
  personMasks?: PersonMaskQueue;
  /** Called for failures that are Kiln's fault rather than the frame's or the backend's. */
  onUnexpectedError?: (error: unknown) => void;
}

/** Undecodable frames in a row before the streamer's socket is closed (4400). */
export const badFramesForgiven = 3;

/**
 * One frame's trip: a thumbnail for the similarity check, then either the last styled picture
 * again (the camera barely moved) or a call to the restyle backend; the answer goes to the
 * streamer and, the same bytes, to every viewer. Failures become a `frame-error` message and the
 * session goes on; a run of frames that are not images ends it.
 */
export async function processLiveFrame(session: LiveSession, frame: CameraFrame, options: ProcessLiveFrameOptions): Promise<void> {
  const started = performance.now();
  const queueMs = started - frame.receivedAt;
  const styleVersion = session.styleVersion;
  try {
    let thumbnail: Uint8Array;
    try {
      thumbnail = await frameThumbnail(frame.image);
    } catch (error) {
      session.badFramesInARow += 1;
      const message = `Frame ${frame.frameId} could not be decoded as an image (${error instanceof Error ? error.message : String(error)}).`;
      if (session.badFramesInARow >= badFramesForgiven) session.streamer?.close(liveCloseCodes.badFrame, truncateCloseReason(`${message} Closing after ${badFramesForgiven} bad frames in a row.`));
      else session.send({ type: 'frame-error', frameId: frame.frameId, code: 'bad_input', message });
      return;
    }
    session.badFramesInARow = 0;
    const decoded = performance.now();
    const decodeMs = decoded - started;

    const last = session.lastStyled;
    if (session.similarity.shouldSkip(thumbnail) && last && last.styleVersion === styleVersion) {
      session.repeated += 1;
      deliver(session, frame, last, true, { queueMs, decodeMs, inferenceMs: 0 });
      return;
    }

    const { personMasks } = options;
    // Without the model, styles of the room or the person only restyle everything.
    const subject = personMasks ? session.style.subject ?? 'everything' : 'everything';
    const segment = (pixels: RawPixels) => personMasks!.request(session, pixels, session.signal);
    // With a mask already, a backend that decodes the frame itself (the built-in filters) mixes it
    // on its own thread before its one encode; others ignore the field and it is mixed below.
    const reusable = subject === 'everything' ? undefined : session.personMask.reusableMask(thumbnail);
    const personComposite: PersonCompositeRequest | undefined = reusable && subject !== 'everything'
      ? { subject, backdrop: session.style.backdrop, mask: reusable.data, width: reusable.width, height: reusable.height, plane: reusable.plane, returnPixels: reusable.asksForMask }
      : undefined;
    const result: PersonRestyleResult = await options.model.restyle({
      image: { data: frame.image, mediaType: frame.imageType },
      prompt: session.restylePrompt(),
      strength: session.style.strength,
      seed: session.seed,
      outputMediaType: 'image/jpeg',
      abortSignal: session.signal,
      ...(personComposite && { personComposite }),
    } satisfies PersonRestyleOptions);
    const inferred = performance.now();
    if (!session.streamer) return;
    if (session.styleVersion !== styleVersion) {
      // The style changed while the backend worked: this picture has the old look and is never sent.
      // The same camera frame goes again in the new look unless a newer one waits, so the streamer
      // (who sends the next frame only on an answer) gets the new look at once, not after a timeout.
      session.similarity.reset();
      if (!session.hasWaitingFrame) session.offer(frame);
      return;
    }
    let image = result.image.data;
    const mixedThere = result.personComposite;
    if (mixedThere?.composited) {
      session.personMask.composited({ thumbnail, plane: mixedThere.plane, pixels: mixedThere.pixels }, segment);
    } else if (subject !== 'everything') {
      const mixed = await restyleSubject(frame.image, image, { subject, backdrop: session.style.backdrop, tracker: session.personMask, thumbnail, segment });
      if (session.styleVersion !== styleVersion || !session.streamer) {
        // The look changed while the first mask of the stream was made: the next frame has the new look.
        session.similarity.reset();
        if (!session.hasWaitingFrame && session.streamer) session.offer(frame);
        return;
      }
      // A frame the model cannot read (tiny, the model off) goes out styled whole, never dropped.
      if (mixed) image = mixed;
    }
    let imageType = sniffFrameImage(image);
    if (!imageType || imageType === 'image/png') {
      // Converted once here rather than sent as is: a 512-pixel PNG from a diffusion server is several
      // times the size of a JPEG, for the streamer and again for every viewer; other formats (AVIF,
      // TIFF) would not show in every browser.
      image = new Uint8Array(await sharp(image).jpeg({ quality: 80 }).toBuffer());
      imageType = 'image/jpeg';
    }
    session.lastStyled = { image, imageType, styleVersion };
    session.processed += 1;
    deliver(session, frame, session.lastStyled, false, { queueMs, decodeMs, inferenceMs: inferred - decoded }, inferred);
  } catch (error) {
    if (session.signal.aborted || !session.streamer) return;
    // The similarity reference must not point at a frame that never got a styled picture.
    session.similarity.reset();
    const known = error instanceof KilnError;
    if (!known) options.onUnexpectedError?.(error);
    session.send({
      type: 'frame-error',
      frameId: frame.frameId,
      code: known ? error.code : 'internal',
      message: known ? error.message : 'Restyling this frame failed inside Kiln; the server log has the details.',
    });
  }
}

/** Frames the answer once and sends the same bytes to the streamer and every viewer. */
function deliver(
  session: LiveSession, frame: CameraFrame, picture: StyledPicture,
  repeat: boolean, timings: Omit<FrameTimings, 'encodeMs'>, encodeStarted = performance.now(),
): void {
  const message = encodeFrameMessage({
    kind: 'styled', imageType: picture.imageType, frameId: frame.frameId, captureTime: frame.captureTime, repeat, image: picture.image,
    dropped: session.dropped, styleVersion: picture.styleVersion,
    timings: { ...timings, encodeMs: performance.now() - encodeStarted },
  });
  session.lastFrameMessage = message;
  session.streamer?.send(message);
  session.viewers.relayFrame(message);
}
