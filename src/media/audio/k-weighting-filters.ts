/** A second-order IIR section, coefficients normalised so a0 = 1. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/**
 * The two K-weighting filters of ITU-R BS.1770 (a high shelf of about +4 dB above 1.7 kHz for the
 * head's acoustics, then a high-pass at 38 Hz), derived for any sample rate through the bilinear
 * transform from the analogue parameters that reproduce the standard's 48 kHz coefficients.
 */
export function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  const shelfK = Math.tan((Math.PI * 1681.974450955533) / sampleRate);
  const shelfQ = 0.7071752369554196;
  const gain = 10 ** (3.999843853973347 / 20);
  const bandGain = gain ** 0.4996667741545416;
  const shelfNorm = 1 + shelfK / shelfQ + shelfK * shelfK;
  const shelf: Biquad = {
    b0: (gain + (bandGain * shelfK) / shelfQ + shelfK * shelfK) / shelfNorm,
    b1: (2 * (shelfK * shelfK - gain)) / shelfNorm,
    b2: (gain - (bandGain * shelfK) / shelfQ + shelfK * shelfK) / shelfNorm,
    a1: (2 * (shelfK * shelfK - 1)) / shelfNorm,
    a2: (1 - shelfK / shelfQ + shelfK * shelfK) / shelfNorm,
  };
  const passK = Math.tan((Math.PI * 38.13547087602444) / sampleRate);
  const passQ = 0.5003270373238773;
  const passNorm = 1 + passK / passQ + passK * passK;
  const highPass: Biquad = {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (passK * passK - 1)) / passNorm,
    a2: (1 - passK / passQ + passK * passK) / passNorm,
  };
  return [shelf, highPass];
}
