/**
 * A radix-4 FFT for real input of a fixed power-of-two size. The real signal of length N is packed
 * into a complex one of length N/2 (even samples real, odd samples imaginary), transformed, then
 * split into the N/2+1 non-redundant bins. Everything that does not depend on the input (bit
 * reversal, each pass's twiddles in the order the pass reads them) is computed once, and `power`
 * reuses one work buffer, so the thousands of frames of a song allocate nothing.
 */
export class RealFft {
  readonly size: number;
  private readonly half: number;
  /** Complex index of the first input of each group the first pass combines (bit-reversed order). */
  private readonly groupStart: Uint32Array;
  /** Whether the first pass is one radix-2 stage (an odd number of stages) rather than a radix-4 one. */
  private readonly firstRadix2: boolean;
  /** Per radix-4 pass of span s, s entries of (w1 real, w1 imag, w2 real, w2 imag), passes one after the other. */
  private readonly twiddles: Float64Array;
  /** cos and -sin of 2πk/size for the final split. */
  private readonly splitCos: Float64Array;
  private readonly splitSin: Float64Array;
  private readonly workReal: Float64Array;
  private readonly workImag: Float64Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 4 || (size & (size - 1)) !== 0) {
      throw new RangeError(`The FFT size must be a power of two of at least 4, not ${size}.`);
    }
    this.size = size;
    const half = size / 2;
    this.half = half;
    const bits = Math.log2(half);
    this.firstRadix2 = bits % 2 === 1;
    const radix = this.firstRadix2 ? 2 : 4;
    this.groupStart = new Uint32Array(half / radix);
    for (let group = 0; group < half / radix; group++) {
      const i = group * radix;
      let reversed = 0;
      for (let b = 0; b < bits; b++) reversed |= ((i >> b) & 1) << (bits - 1 - b);
      this.groupStart[group] = reversed;
    }
    // Computed as cos and -sin of 2πj/half with the same j as a textbook radix-2 pass, so the
    // spectrum is the same to the last bit as the radix-2 version this replaced.
    const angle = (j: number) => (2 * Math.PI * j) / half;
    const twiddles: number[] = [];
    for (let span = radix; span < half; span <<= 2) {
      const quarterStride = half / (span << 2);
      for (let k = 0; k < span; k++) {
        const t2 = k * quarterStride;
        const t1 = t2 << 1;
        twiddles.push(Math.cos(angle(t1)), -Math.sin(angle(t1)), Math.cos(angle(t2)), -Math.sin(angle(t2)));
      }
    }
    this.twiddles = Float64Array.from(twiddles);
    this.splitCos = new Float64Array(half + 1);
    this.splitSin = new Float64Array(half + 1);
    for (let k = 0; k <= half; k++) {
      this.splitCos[k] = Math.cos((2 * Math.PI * k) / size);
      this.splitSin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
    this.workReal = new Float64Array(half);
    this.workImag = new Float64Array(half);
  }

  /** Transforms `input` (length `size`) into bins 0..size/2 of `real` and `imag` (length size/2+1 each). */
  forward(input: ArrayLike<number>, real: Float64Array, imag: Float64Array): void {
    this.transformPacked(input);
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    // Split the packed spectrum: X[k] = E[k] + W^k O[k], with E and O the spectra of even and odd samples.
    for (let k = 0; k <= n; k++) {
      const a = k === n ? 0 : k;
      const b = k === 0 ? 0 : n - k;
      const evenReal = (zr[a] + zr[b]) * 0.5;
      const evenImag = (zi[a] - zi[b]) * 0.5;
      const oddReal = (zi[a] + zi[b]) * 0.5;
      const oddImag = -(zr[a] - zr[b]) * 0.5;
      const wr = this.splitCos[k];
      const wi = this.splitSin[k];
      real[k] = evenReal + wr * oddReal - wi * oddImag;
      imag[k] = evenImag + wr * oddImag + wi * oddReal;
    }
  }

  /**
   * Writes |X[k]|² for k = 0..size/2 into `power`, splitting and squaring in one pass. `real` and
   * `imag` are no longer used (the spectrum is not kept); they stay in the signature for callers.
   */
  power(input: ArrayLike<number>, power: Float32Array | Float64Array, _real?: Float64Array, _imag?: Float64Array): void {
    this.transformPacked(input);
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    const splitCos = this.splitCos;
    const splitSin = this.splitSin;
    // Bins 0 and n read the same packed value twice (a = b = 0); the loop does the others.
    power[0] = splitPower(zr[0], zi[0], zr[0], zi[0], splitCos[0], splitSin[0]);
    power[n] = splitPower(zr[0], zi[0], zr[0], zi[0], splitCos[n], splitSin[n]);
    for (let k = 1; k < n; k++) {
      const b = n - k;
      const evenReal = (zr[k] + zr[b]) * 0.5;
      const evenImag = (zi[k] - zi[b]) * 0.5;
      const oddReal = (zi[k] + zi[b]) * 0.5;
      const oddImag = -(zr[k] - zr[b]) * 0.5;
      const wr = splitCos[k];
      const wi = splitSin[k];
      const re = evenReal + wr * oddReal - wi * oddImag;
      const im = evenImag + wr * oddImag + wi * oddReal;
      power[k] = re * re + im * im;
    }
  }

  /** The complex FFT of the packed input, left in the work buffers. */
  private transformPacked(input: ArrayLike<number>): void {
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    const groupStart = this.groupStart;
    // The first pass reads its inputs straight from `input` in bit-reversed order; its twiddles are
    // all 1 (and -i), so it needs no multiplications. In bit-reversed order a group's inputs sit at
    // complex indices i, i + n/2 (and i + n/4, i + 3n/4 for a group of four).
    if (this.firstRadix2) {
      const offset = n; // n/2 complex samples = n reals
      for (let a = 0, group = 0; a < n; a += 2, group++) {
        const r = 2 * groupStart[group];
        const x0r = input[r];
        const x0i = input[r + 1];
        const x1r = input[r + offset];
        const x1i = input[r + offset + 1];
        zr[a] = x0r + x1r;
        zi[a] = x0i + x1i;
        zr[a + 1] = x0r - x1r;
        zi[a + 1] = x0i - x1i;
      }
    } else {
      const quarter = n >> 1; // n/4 complex samples = n/2 reals
      for (let a = 0, group = 0; a < n; a += 4, group++) {
        const r = 2 * groupStart[group];
        const z0r = input[r];
        const z0i = input[r + 1];
        const z1r = input[r + 2 * quarter];
        const z1i = input[r + 2 * quarter + 1];
        const z2r = input[r + quarter];
        const z2i = input[r + quarter + 1];
        const z3r = input[r + 3 * quarter];
        const z3i = input[r + 3 * quarter + 1];
        const a0r = z0r + z1r;
        const a0i = z0i + z1i;
        const a1r = z0r - z1r;
        const a1i = z0i - z1i;
        const a2r = z2r + z3r;
        const a2i = z2i + z3i;
        const a3r = z2r - z3r;
        const a3i = z2i - z3i;
        zr[a] = a0r + a2r;
        zi[a] = a0i + a2i;
        zr[a + 2] = a0r - a2r;
        zi[a + 2] = a0i - a2i;
        zr[a + 1] = a1r + a3i;
        zi[a + 1] = a1i - a3r;
        zr[a + 3] = a1r - a3i;
        zi[a + 3] = a1i + a3r;
      }
    }
    // Radix-4 passes: two radix-2 stages (spans s and 2s) per pass over memory. The second stage's
    // twiddle for the odd pair is -i times the even pair's, so each butterfly needs three complex
    // products. The twiddle loop is outside, so each k's twiddles are read once per pass.
    const twiddles = this.twiddles;
    let base = 0;
    for (let span = this.firstRadix2 ? 2 : 4; span < n; span <<= 2) {
      const step = span << 2;
      for (let k = 0; k < span; k++, base += 4) {
        const w1r = twiddles[base];
        const w1i = twiddles[base + 1];
        const w2r = twiddles[base + 2];
        const w2i = twiddles[base + 3];
        for (let i0 = k; i0 < n; i0 += step) {
          const i1 = i0 + span;
          const i2 = i1 + span;
          const i3 = i2 + span;
          // First stage: (0,1) and (2,3) with w1.
          const x1r = zr[i1];
          const x1i = zi[i1];
          const x3r = zr[i3];
          const x3i = zi[i3];
          let tr = x1r * w1r - x1i * w1i;
          let ti = x1r * w1i + x1i * w1r;
          const x0r = zr[i0];
          const x0i = zi[i0];
          const a0r = x0r + tr;
          const a0i = x0i + ti;
          const a1r = x0r - tr;
          const a1i = x0i - ti;
          tr = x3r * w1r - x3i * w1i;
          ti = x3r * w1i + x3i * w1r;
          const x2r = zr[i2];
          const x2i = zi[i2];
          const a2r = x2r + tr;
          const a2i = x2i + ti;
          const a3r = x2r - tr;
          const a3i = x2i - ti;
          // Second stage: (0,2) with w2, (1,3) with -i·w2.
          const b2r = a2r * w2r - a2i * w2i;
          const b2i = a2r * w2i + a2i * w2r;
          const b3r = a3r * w2i + a3i * w2r;
          const b3i = a3i * w2i - a3r * w2r;
          zr[i0] = a0r + b2r;
          zi[i0] = a0i + b2i;
          zr[i2] = a0r - b2r;
          zi[i2] = a0i - b2i;
          zr[i1] = a1r + b3r;
          zi[i1] = a1i + b3i;
          zr[i3] = a1r - b3r;
          zi[i3] = a1i - b3i;
        }
      }
    }
  }
}

/** |E + W·O|² of one bin from the packed values at a and b = n - a (see `forward`). */
function splitPower(ar: number, ai: number, br: number, bi: number, wr: number, wi: number): number {
  const evenReal = (ar + br) * 0.5;
  const evenImag = (ai - bi) * 0.5;
  const oddReal = (ai + bi) * 0.5;
  const oddImag = -(ar - br) * 0.5;
  const re = evenReal + wr * oddReal - wi * oddImag;
  const im = evenImag + wr * oddImag + wi * oddReal;
  return re * re + im * im;
}
