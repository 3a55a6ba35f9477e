/** What OpenAI's own image models accept (platform.openai.com API reference, images/create). */
export interface OpenAIImageRules {
  /** The only sizes the model draws, as [width, height]. */
  sizes: readonly (readonly [number, number])[];
  /**
   * Whether the request may carry `response_format`: the gpt-image models always answer b64_json and
   * refuse the field; DALL·E answers a URL unless asked for b64_json.
   */
  takesResponseFormat: boolean;
}

const gptImage: OpenAIImageRules = { sizes: [[1024, 1024], [1536, 1024], [1024, 1536]], takesResponseFormat: false };
const dallE3: OpenAIImageRules = { sizes: [[1024, 1024], [1792, 1024], [1024, 1792]], takesResponseFormat: true };
const dallE2: OpenAIImageRules = { sizes: [[256, 256], [512, 512], [1024, 1024]], takesResponseFormat: true };

/**
 * The rules for a model id of OpenAI's own service, or undefined for any other model: the openai
 * backend also talks to compatible local servers (LocalAI and the like) that draw at any size.
 */
export function openAIImageRules(modelId: string): OpenAIImageRules | undefined {
  if (/^gpt-image-/.test(modelId)) return gptImage;
  if (/^dall-e-3\b/.test(modelId)) return dallE3;
  if (/^dall-e-2\b/.test(modelId)) return dallE2;
  return undefined;
}

/**
 * The allowed size closest in shape to width×height (the picture is then scaled and cropped to the
 * asked size, so a matching aspect ratio loses the least); among equal shapes, the smallest that is
 * at least as large, else the largest.
 */
export function nearestImageSize(rules: OpenAIImageRules, width: number, height: number): readonly [number, number] {
  if (!(width > 0 && height > 0)) return rules.sizes[0];
  const wanted = Math.log(width / height);
  const shapeError = ([w, h]: readonly [number, number]) => Math.abs(Math.log(w / h) - wanted);
  const bestShape = Math.min(...rules.sizes.map(shapeError));
  const sameShape = rules.sizes.filter((size) => shapeError(size) - bestShape < 1e-9).sort((a, b) => a[0] * a[1] - b[0] * b[1]);
  return sameShape.find(([w, h]) => w >= width && h >= height) ?? sameShape.at(-1)!;
}
