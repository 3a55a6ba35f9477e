import { comfyImageToImageNodes, comfySamplingNodes, type ComfyWorkflow } from './comfyui-workflow.ts';

/**
 * The ComfyUI graphs (API format) Kiln draws pictures with when the config names none. Placeholders
 * as in comfyui-workflow.ts: {{prompt}} · {{negative_prompt}} · {{seed}} · {{width}} · {{height}} ·
 * {{checkpoint}} · {{steps}} · {{cfg}} · {{denoise}}, and {{image}} (the uploaded reference) in the
 * reference graph. They save their output: a person drawing pictures for a video expects a copy.
 */
const shared = comfySamplingNodes({ denoise: '{{denoise}}', save: true });

/** Text to image: an empty latent of the asked size. */
export const defaultComfyTextToImageWorkflow: ComfyWorkflow = {
  ...shared,
  latent: { class_type: 'EmptyLatentImage', inputs: { width: '{{width}}', height: '{{height}}', batch_size: 1 } },
};

/** Image to image: the first reference, scaled and cropped to the asked size, encoded as the starting latent. */
export const defaultComfyReferenceImageWorkflow: ComfyWorkflow = { ...shared, ...comfyImageToImageNodes('reference') };

/** Whether a graph has the placeholder anywhere in its inputs. */
export function workflowUses(workflow: ComfyWorkflow, placeholder: string): boolean {
  return JSON.stringify(workflow).includes(`{{${placeholder}}}`);
}
