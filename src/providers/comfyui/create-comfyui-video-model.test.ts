import { afterAll, beforeAll, describe } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { videoConformance } from '../conformance/video.conformance.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import { createComfyUiVideoModel } from './create-comfyui-video-model.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from './testing/comfyui-stand-in.ts';
import { standInVideoWorkflow } from './testing/comfyui-video-workflow.ts';

describe.skipIf(toolMissing('ffmpeg'))('ComfyUI video model (needs ffmpeg)', () => {
  let standIn: ComfyUiStandIn;
  let slowStandIn: ComfyUiStandIn;
  let deadURL: string;
  beforeAll(async () => {
    [standIn, slowStandIn, deadURL] = await Promise.all([startComfyUiStandIn(), startComfyUiStandIn({ runMs: 5000 }), closedPortURL()]);
  });
  afterAll(async () => {
    await Promise.all([standIn?.close(), slowStandIn?.close()]);
  });

  const model = (baseURL: () => string) => () => createComfyUiVideoModel({ baseURL: baseURL(), name: 'gpu-box', videoWorkflow: standInVideoWorkflow });
  videoConformance('comfyui (contract test against local stand-in)', {
    model: model(() => standIn.origin),
    provider: 'gpu-box',
    modelId: 'video-workflow',
    slow: model(() => slowStandIn.origin),
    unreachable: model(() => deadURL),
  });
});
