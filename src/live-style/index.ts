// The live style studio's server side: sessions, the shared backend scheduler, the frame protocol,
// and the image-to-image servers it can restyle with besides the built-in filters.
export { LiveStudio, type LiveStudioOptions, type LiveConnection } from './live-studio.ts';
export { LiveSession, type CameraFrame } from './live-session.ts';
export { liveCloseCodes, type LiveCloseCode } from './live-close-codes.ts';
export {
  decodeFrameMessage, encodeFrameMessage, frameProtocolVersion, FrameProtocolError, sniffFrameImage,
  type FrameMessage, type FrameTimings, type FrameImageType,
} from './frame-protocol.ts';
export type { LiveStyle, ServerMessage, StreamerMessage, PresetSummary } from './live-messages.ts';
export { createAutomatic1111RestyleModel, type Automatic1111Settings } from '../providers/automatic1111/create-automatic1111-restyle-model.ts';
export { createComfyUiRestyleModel, type ComfyUiSettings } from '../providers/comfyui/create-comfyui-restyle-model.ts';
export { createAutomatic1111Backend } from '../providers/automatic1111/automatic1111-backend.ts';
export { createComfyUiBackend } from '../providers/comfyui/comfyui-backend.ts';
export { defaultComfyWorkflow, type ComfyWorkflow } from '../providers/comfyui/comfyui-workflow.ts';
