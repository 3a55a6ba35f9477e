import { describe, expect, it } from 'vitest';
import { compositeByPerson } from './composite-by-person.ts';

describe('compositeByPerson', () => {
  it('keeps the camera where the mask is person, the styled room where it is not, and blends the outline', () => {
    const width = 7;
    const mask = Uint8Array.of(0, 0, 64, 128, 255, 255, 0);
    const camera = { data: Uint8Array.from({ length: width * 3 }, (_, index) => 200 + (index % 3)), width, height: 1 };
    const styled = { data: Uint8Array.from({ length: width * 3 }, (_, index) => 10 * (index % 5)), width, height: 1 };
    const { data } = compositeByPerson(camera, styled, mask, { subject: 'background' });
    for (let pixel = 0; pixel < width; pixel++) {
      for (let channel = 0; channel < 3; channel++) {
        const [person, room] = [camera.data[pixel * 3 + channel], styled.data[pixel * 3 + channel]];
        const share = mask[pixel] / 255;
        // Within a step of the exact blend: whole runs are copied, the outline blended in 256ths.
        expect(Math.abs(data[pixel * 3 + channel] - (person * share + room * (1 - share)))).toBeLessThanOrEqual(1);
      }
    }
    expect(Array.from(data.subarray(0, 6))).toEqual(Array.from(styled.data.subarray(0, 6)));
    expect(Array.from(data.subarray(12, 18))).toEqual(Array.from(camera.data.subarray(12, 18)));
  });

  it('writes the same mix over the styled frame when asked, for the person or the room, even when the look left the frame as it was', () => {
    const width = 40;
    const mask = Uint8Array.from({ length: width }, (_, pixel) => (pixel < 10 ? 0 : pixel < 12 ? 90 : pixel < 30 ? 255 : pixel < 31 ? 200 : 0));
    const camera = () => ({ data: Uint8Array.from({ length: width * 3 }, (_, index) => (index * 37) % 256), width, height: 1 });
    const styled = () => ({ data: Uint8Array.from({ length: width * 3 }, (_, index) => (index * 91 + 7) % 256), width, height: 1 });
    for (const options of [{ subject: 'background' as const }, { subject: 'person' as const, backdrop: '#204060' as const }]) {
      const expected = compositeByPerson(camera(), styled(), mask, options).data;
      const over = styled();
      expect(Array.from(compositeByPerson(camera(), over, mask, { ...options, overStyled: true }).data)).toEqual(Array.from(expected));
      expect(Array.from(over.data)).toEqual(Array.from(expected));
      // The camera frame as its own styled version (a look with no steps): read before written.
      const itself = camera();
      const alone = compositeByPerson(itself, itself, mask, { ...options, overStyled: true }).data;
      expect(Array.from(alone)).toEqual(Array.from(compositeByPerson(camera(), camera(), mask, options).data));
    }
  });
});
