import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** The colour a stand-in "draws" a prompt in: the first three bytes of its SHA-256. */
export function promptColour(prompt: string): { r: number; g: number; b: number } {
  const [r, g, b] = createHash('sha256').update(prompt).digest();
  return { r, g, b };
}

/** A PNG of one colour computed from the prompt, so equal requests give equal pictures and a test can check which prompt was drawn. */
export async function solidPicture(prompt: string, width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: promptColour(prompt) } }).png().toBuffer();
}
