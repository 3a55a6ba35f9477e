/** The poster's width: a Library card or a phone's column, never the full 1080 px frame. */
const posterWidth = 360;

/**
 * A branch of renderShort's filter graph that takes one frame of the short as its poster, for its
 * `<video poster>` and its Library card: without one a browser shows an empty box until the video
 * loads. The frame is the one a third of the way in, where the first subtitle is already on screen
 * (the very first frame is often a fade or silence). It is cut from the frames on their way to the
 * encoder, so no second ffmpeg decodes the finished short up to that point again.
 * `frames` names the graph's output frames at `fps`; the branch ends in `[poster]`.
 */
export function posterFrameBranch(frames: string, seconds: number, fps: number): string {
  const frame = Math.ceil((seconds / 3) * fps - 1e-6);
  return `[${frames}]trim=start_frame=${frame}:end_frame=${frame + 1},scale=${posterWidth}:-2[poster]`;
}

/** The ffmpeg output arguments that write the `[poster]` branch to `path` as a JPEG. */
export function posterFrameOutput(path: string): string[] {
  return ['-map', '[poster]', '-frames:v', '1', '-q:v', '4', path];
}
