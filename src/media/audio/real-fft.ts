/**
 * A radix-4 FFT (with a radix-8 first pass for an odd number of stages) for real input of a fixed
 * power-of-two size. The real signal of length N is packed into a complex one of length N/2 (even
 * samples real, odd samples imaginary), transformed, then split into the N/2+1 non-redundant bins.
 * Everything that does not depend on the input (bit reversal, each pass's twiddles in the order the
 * pass reads them) is computed once, and `power` reuses one work buffer, so the thousands of frames
 * of a song allocate nothing.
 */
export class RealFft {
  readonly size: number;
  private readonly half: number;
  // The tables below are public so wasm-frame-spectra.ts can run this same transform in WebAssembly.
  /** Complex index of the first input of each group the first pass combines (bit-reversed order). */
  readonly groupStart: Uint32Array;
  /**
   * Points per group of the first pass: 4, or with an odd number of stages 8 (three stages in one
   * pass, whose twiddles need hardly any multiplications), or 2 for the smallest sizes.
   */
  readonly firstRadix: 2 | 4 | 8;
  /** Per radix-4 pass of span s, s entries of (w1 real, w1 imag, w2 real, w2 imag), passes one after the other. */
  readonly twiddles: Float64Array;
  /** cos and -sin of 2πk/size for the final split. */
  readonly splitCos: Float64Array;
  readonly splitSin: Float64Array;
  private readonly workReal: Float64Array;
  private readonly workImag: Float64Array;
  /** All ones: the window of the unwindowed transforms, so one first pass serves both (x · 1 is exact). */
  private readonly unitWindow: Float64Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 4 || (size & (size - 1)) !== 0) {
      throw new RangeError(`The FFT size must be a power of two of at least 4, not ${size}.`);
    }
    this.size = size;
    const half = size / 2;
    this.half = half;
    const bits = Math.log2(half);
    const radix = bits % 2 === 0 ? 4 : bits >= 3 ? 8 : 2;
    this.firstRadix = radix;
    this.groupStart = new Uint32Array(half / radix);
    for (let group = 0; group < half / radix; group++) {
      const i = group * radix;
      let reversed = 0;
      for (let b = 0; b < bits; b++) reversed |= ((i >> b) & 1) << (bits - 1 - b);
      this.groupStart[group] = reversed;
    }
    // Computed as cos and -sin of 2πj/half with the same j as a textbook radix-2 pass, so the
    // spectrum matches the radix-2 version this replaced to the last bit or so (the radix-8 first
    // pass multiplies by √½ where that version used the tabled cos and sin of π/4).
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
    this.unitWindow = new Float64Array(size).fill(1);
  }

  /** Transforms `input` (length `size`) into bins 0..size/2 of `real` and `imag` (length size/2+1 each). */
  forward(input: ArrayLike<number>, real: Float64Array, imag: Float64Array): void {
    this.transformPacked(input, 0, this.unitWindow);
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
    this.windowedPower(input, 0, this.unitWindow, power);
  }

  /**
   * `power` of `input[offset + i] · window[i]` (i < size), the frame read straight from the signal: a
   * short-time transform needs no copy of each windowed frame. The frame must lie inside `input`.
   * Only bins below `bins` are written, for a caller that reads no higher frequencies.
   */
  windowedPower(input: ArrayLike<number>, offset: number, window: Float64Array, power: Float32Array | Float64Array, bins = this.half + 1): void {
    this.transformPacked(input, offset, window);
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    const splitCos = this.splitCos;
    const splitSin = this.splitSin;
    // Bins 0 and n read the same packed value twice (a = b = 0); the loop does the others.
    power[0] = splitPower(zr[0], zi[0], zr[0], zi[0], splitCos[0], splitSin[0]);
    if (bins > n) power[n] = splitPower(zr[0], zi[0], zr[0], zi[0], splitCos[n], splitSin[n]);
    const last = Math.min(n, bins);
    for (let k = 1; k < last; k++) {
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
  private transformPacked(input: ArrayLike<number>, offset: number, window: Float64Array): void {
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    const groupStart = this.groupStart;
    // The first pass reads its inputs straight from `input` in bit-reversed order, windowed; its
    // twiddles are all 1 (and -i), so it needs no other multiplications. In bit-reversed order a
    // group's inputs sit at complex indices i, i + n/2 (and i + n/4, i + 3n/4 for a group of four).
    if (this.firstRadix === 8) {
      this.firstPassRadix8(input, offset, window);
    } else if (this.firstRadix === 2) {
      // The second input of a group is n/2 complex samples = n reals further on.
      for (let a = 0, group = 0; a < n; a += 2, group++) {
        const r = 2 * groupStart[group];
        const s = r + offset;
        const x0r = input[s] * window[r];
        const x0i = input[s + 1] * window[r + 1];
        const x1r = input[s + n] * window[r + n];
        const x1i = input[s + n + 1] * window[r + n + 1];
        zr[a] = x0r + x1r;
        zi[a] = x0i + x1i;
        zr[a + 1] = x0r - x1r;
        zi[a + 1] = x0i - x1i;
      }
    } else {
      const quarter = n >> 1; // n/4 complex samples = n/2 reals
      for (let a = 0, group = 0; a < n; a += 4, group++) {
        const r = 2 * groupStart[group];
        const s = r + offset;
        const z0r = input[s] * window[r];
        const z0i = input[s + 1] * window[r + 1];
        const z1r = input[s + 2 * quarter] * window[r + 2 * quarter];
        const z1i = input[s + 2 * quarter + 1] * window[r + 2 * quarter + 1];
        const z2r = input[s + quarter] * window[r + quarter];
        const z2i = input[s + quarter + 1] * window[r + quarter + 1];
        const z3r = input[s + 3 * quarter] * window[r + 3 * quarter];
        const z3i = input[s + 3 * quarter + 1] * window[r + 3 * quarter + 1];
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
    for (let span = this.firstRadix; span < n; span <<= 2) {
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

  /**
   * The first three stages in one pass: each group of eight outputs is the 8-point DFT of the complex
   * samples at groupStart + m·n/8 (m = 0..7), done as two 4-point DFTs (even and odd m) joined by
   * the eighth roots of unity 1, (1 − i)/√2, −i and −(1 + i)/√2.
   */
  private firstPassRadix8(input: ArrayLike<number>, offset: number, window: Float64Array): void {
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    const stride = n >> 2; // n/8 complex samples = n/4 reals
    for (let a = 0, group = 0; a < n; a += 8, group++) {
      const r = 2 * this.groupStart[group];
      const s = r + offset;
      const u0r = input[s] * window[r], u0i = input[s + 1] * window[r + 1];
      const u1r = input[s + stride] * window[r + stride], u1i = input[s + stride + 1] * window[r + stride + 1];
      const u2r = input[s + 2 * stride] * window[r + 2 * stride], u2i = input[s + 2 * stride + 1] * window[r + 2 * stride + 1];
      const u3r = input[s + 3 * stride] * window[r + 3 * stride], u3i = input[s + 3 * stride + 1] * window[r + 3 * stride + 1];
      const u4r = input[s + 4 * stride] * window[r + 4 * stride], u4i = input[s + 4 * stride + 1] * window[r + 4 * stride + 1];
      const u5r = input[s + 5 * stride] * window[r + 5 * stride], u5i = input[s + 5 * stride + 1] * window[r + 5 * stride + 1];
      const u6r = input[s + 6 * stride] * window[r + 6 * stride], u6i = input[s + 6 * stride + 1] * window[r + 6 * stride + 1];
      const u7r = input[s + 7 * stride] * window[r + 7 * stride], u7i = input[s + 7 * stride + 1] * window[r + 7 * stride + 1];
      // 4-point DFT of the even samples u0, u2, u4, u6.
      const ar = u0r + u4r, ai = u0i + u4i;
      const br = u0r - u4r, bi = u0i - u4i;
      const cr = u2r + u6r, ci = u2i + u6i;
      const dr = u2r - u6r, di = u2i - u6i;
      const e0r = ar + cr, e0i = ai + ci, e2r = ar - cr, e2i = ai - ci;
      const e1r = br + di, e1i = bi - dr, e3r = br - di, e3i = bi + dr;
      // 4-point DFT of the odd samples u1, u3, u5, u7.
      const fr = u1r + u5r, fi = u1i + u5i;
      const gr = u1r - u5r, gi = u1i - u5i;
      const hr = u3r + u7r, hi = u3i + u7i;
      const jr = u3r - u7r, ji = u3i - u7i;
      const o0r = fr + hr, o0i = fi + hi, o2r = fr - hr, o2i = fi - hi;
      const o1r = gr + ji, o1i = gi - jr, o3r = gr - ji, o3i = gi + jr;
      // Twiddled odd parts: o1·(1 − i)/√2, o2·(−i), o3·(−1 − i)/√2.
      const t1r = (o1r + o1i) * Math.SQRT1_2, t1i = (o1i - o1r) * Math.SQRT1_2;
      const t3r = (o3i - o3r) * Math.SQRT1_2, t3i = -(o3r + o3i) * Math.SQRT1_2;
      zr[a] = e0r + o0r;
      zi[a] = e0i + o0i;
      zr[a + 4] = e0r - o0r;
      zi[a + 4] = e0i - o0i;
      zr[a + 1] = e1r + t1r;
      zi[a + 1] = e1i + t1i;
      zr[a + 5] = e1r - t1r;
      zi[a + 5] = e1i - t1i;
      zr[a + 2] = e2r + o2i;
      zi[a + 2] = e2i - o2r;
      zr[a + 6] = e2r - o2i;
      zi[a + 6] = e2i + o2r;
      zr[a + 3] = e3r + t3r;
      zi[a + 3] = e3i + t3i;
      zr[a + 7] = e3r - t3r;
      zi[a + 7] = e3i - t3i;
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
