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
});
