/**
 * A radix-2 FFT for real input of a fixed power-of-two size. The real signal of length N is packed
 * into a complex one of length N/2 (even samples real, odd samples imaginary), transformed, then
 * split into the N/2+1 non-redundant bins; twiddles and the bit-reversal table are computed once.
 */
export class RealFft {
  readonly size: number;
  private readonly half: number;
  private readonly bitReversed: Uint32Array;
  /** cos and -sin of 2πj/half for the complex butterflies (index j·half/m gives the twiddle of a size-m stage). */
  private readonly cosTable: Float64Array;
  private readonly sinTable: Float64Array;
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
    this.bitReversed = new Uint32Array(half);
    for (let i = 0; i < half; i++) {
      let reversed = 0;
      for (let b = 0; b < bits; b++) reversed |= ((i >> b) & 1) << (bits - 1 - b);
      this.bitReversed[i] = reversed;
    }
    this.cosTable = new Float64Array(Math.max(1, half / 2));
    this.sinTable = new Float64Array(Math.max(1, half / 2));
    for (let j = 0; j < half / 2; j++) {
      this.cosTable[j] = Math.cos((2 * Math.PI * j) / half);
      this.sinTable[j] = -Math.sin((2 * Math.PI * j) / half);
    }
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
    const n = this.half;
    const zr = this.workReal;
    const zi = this.workImag;
    const rev = this.bitReversed;
    for (let i = 0; i < n; i++) {
      const j = rev[i];
      zr[j] = input[2 * i];
      zi[j] = input[2 * i + 1];
    }
    const cosTable = this.cosTable;
    const sinTable = this.sinTable;
    let span = 1;
    if (Math.log2(n) % 2 === 1) {
      // An odd number of radix-2 stages: do the first alone (its twiddles are all 1).
      for (let a = 0; a < n; a += 2) {
        const tr = zr[a + 1];
        const ti = zi[a + 1];
        zr[a + 1] = zr[a] - tr;
        zi[a + 1] = zi[a] - ti;
        zr[a] += tr;
        zi[a] += ti;
      }
      span = 2;
    }
    // Two radix-2 stages per pass (spans s and 2s), which halves the passes over memory. The second
    // stage's twiddle for the odd pair is -i times the even pair's, so it costs no extra lookup.
    for (; span < n; span <<= 2) {
      const quarterStride = (n / (span << 2)) | 0;
      for (let start = 0; start < n; start += span << 2) {
        for (let k = 0; k < span; k++) {
          const t2 = k * quarterStride;
          const t1 = t2 << 1;
          const w1r = cosTable[t1];
          const w1i = sinTable[t1];
          const w2r = cosTable[t2];
          const w2i = sinTable[t2];
          const i0 = start + k;
          const i1 = i0 + span;
          const i2 = i1 + span;
          const i3 = i2 + span;
          // First stage: (0,1) and (2,3) with w1.
          let tr = zr[i1] * w1r - zi[i1] * w1i;
          let ti = zr[i1] * w1i + zi[i1] * w1r;
          const a0r = zr[i0] + tr;
          const a0i = zi[i0] + ti;
          const a1r = zr[i0] - tr;
          const a1i = zi[i0] - ti;
          tr = zr[i3] * w1r - zi[i3] * w1i;
          ti = zr[i3] * w1i + zi[i3] * w1r;
          const a2r = zr[i2] + tr;
          const a2i = zi[i2] + ti;
          const a3r = zr[i2] - tr;
          const a3i = zi[i2] - ti;
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
    // Split the packed spectrum: X[k] = E[k] + W^k O[k], with E and O the spectra of even and odd samples.
    for (let k = 0; k <= n; k++) {
      const a = k === n ? 0 : k;
      const b = k === 0 ? 0 : n - k;
      const evenReal = (zr[a] + zr[b]) / 2;
      const evenImag = (zi[a] - zi[b]) / 2;
      const oddReal = (zi[a] + zi[b]) / 2;
      const oddImag = -(zr[a] - zr[b]) / 2;
      const wr = this.splitCos[k];
      const wi = this.splitSin[k];
      real[k] = evenReal + wr * oddReal - wi * oddImag;
      imag[k] = evenImag + wr * oddImag + wi * oddReal;
    }
  }

  /** Writes |X[k]|² for k = 0..size/2 into `power`. */
  power(input: ArrayLike<number>, power: Float32Array | Float64Array, real: Float64Array, imag: Float64Array): void {
    this.forward(input, real, imag);
    for (let k = 0; k <= this.half; k++) power[k] = real[k] * real[k] + imag[k] * imag[k];
  }
}
