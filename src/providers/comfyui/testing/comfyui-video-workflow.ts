import type { ComfyWorkflow } from '../comfyui-workflow.ts';

/**
 * A first-last-frame image-to-video graph in ComfyUI's API format, shaped like the Wan 2.1 FLF2V
 * template (model loading left out: the stand-in does not run models) and ending in
 * VideoHelperSuite's VHS_VideoCombine, which lists its MP4 under `gifs` in the history.
 */
export const standInVideoWorkflow: ComfyWorkflow = {
  start: { class_type: 'LoadImage', inputs: { image: '{{start_image}}' } },
  end: { class_type: 'LoadImage', inputs: { image: '{{end_image}}' } },
  text: { class_type: 'CLIPTextEncode', inputs: { text: '{{prompt}}, smooth camera motion', clip: ['clip', 0] } },
  video: {
    class_type: 'WanFirstLastFrameToVideo',
    inputs: { positive: ['text', 0], start_image: ['start', 0], end_image: ['end', 0], width: '{{width}}', height: '{{height}}', length: '{{frames}}', batch_size: 1 },
  },
  combine: { class_type: 'VHS_VideoCombine', inputs: { images: ['video', 0], frame_rate: '{{fps}}', format: 'video/h264-mp4', filename_prefix: 'kiln', seed: '{{seed}}' } },
};
