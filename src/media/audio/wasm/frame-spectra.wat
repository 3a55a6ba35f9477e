;; The power spectra and mel sums of two STFT frames at once, for spectral-features.ts, and the
;; transforms of two f64 inputs at once, for the autocorrelations of tempogram.ts.
;;
;; It is RealFft (real-fft.ts) step for step, but each f64 of that code is an f64x2 here: lane 0
;; holds frame A's value and lane 1 frame B's. Two frames share every index, twiddle and window
;; value, so no lane ever needs shuffling, and each multiply and add is the same IEEE operation in
;; the same order as the JavaScript: the spectra come out the same to the last bit.
;; Only the sizes whose first pass is radix-8 (an odd number of stages, e.g. 1024 points) are done
;; here; wasm-frame-spectra.ts leaves any other size to RealFft.
;;
;; All addresses are bytes into the one memory; `layout` records where the caller put each table.
(module
  ;; Made by the caller at its full size (see wasm-frame-spectra.ts for why it never grows).
  (import "spectra" "memory" (memory 1 65536 shared))
  (global $half (mut i32) (i32.const 0)) ;; n: complex points, fftSize / 2
  (global $real (mut i32) (i32.const 0)) ;; n f64x2: real parts of the packed transform
  (global $imag (mut i32) (i32.const 0)) ;; n f64x2: imaginary parts
  (global $groups (mut i32) (i32.const 0)) ;; n/8 i32: first sample (real index) of each radix-8 group
  (global $twiddles (mut i32) (i32.const 0)) ;; RealFft's radix-4 twiddles, 4 f64 per k, pass after pass
  (global $splitCos (mut i32) (i32.const 0)) ;; n+1 f64
  (global $splitSin (mut i32) (i32.const 0)) ;; n+1 f64
  (global $window (mut i32) (i32.const 0)) ;; fftSize f64
  (global $power (mut i32) (i32.const 0)) ;; f64x2 per bin: |X[k]|² (or Re X[k]) of inputs A and B
  (global $sampleBytes (mut i32) (i32.const 4)) ;; 4: the input is f32 (a signal); 8: f64

  (func (export "layout")
    (param $half i32) (param $real i32) (param $imag i32) (param $groups i32) (param $twiddles i32)
    (param $splitCos i32) (param $splitSin i32) (param $window i32) (param $power i32)
    (global.set $half (local.get $half)) (global.set $real (local.get $real))
    (global.set $imag (local.get $imag)) (global.set $groups (local.get $groups))
    (global.set $twiddles (local.get $twiddles)) (global.set $splitCos (local.get $splitCos))
    (global.set $splitSin (local.get $splitSin)) (global.set $window (local.get $window))
    (global.set $power (local.get $power)))

  ;; Windowed sample: the input at $at (A) and at $at + $gap (B), each times the window f64 at $w.
  (func $sample (param $at i32) (param $gap i32) (param $w i32) (result v128)
    (f64x2.mul
      (if (result v128) (i32.eq (global.get $sampleBytes) (i32.const 4))
        (then (f64x2.promote_low_f32x4
          (v128.load32_lane 1 (i32.add (local.get $at) (local.get $gap)) (v128.load32_zero (local.get $at)))))
        (else (v128.load64_lane 1 (i32.add (local.get $at) (local.get $gap)) (v128.load64_zero (local.get $at)))))
      (v128.load64_splat (local.get $w))))

  ;; Writes the power of bins 0..$bins-1 of the frames whose first samples (f32) are at $frameA and
  ;; $frameA + $gap. The frames must lie wholly in memory: the caller pads the signal with zeros.
  (func (export "powerPair") (param $frameA i32) (param $gap i32) (param $bins i32)
    (global.set $sampleBytes (i32.const 4))
    (call $firstPass (local.get $frameA) (local.get $gap))
    (call $radix4Passes)
    (call $splitPower (local.get $bins) (i32.const 0)))

  ;; The same for two f64 inputs at $inputA and $inputA + $gap (RealFft.power, with a window of
  ;; ones), or with $realOnly the real parts of their spectra instead (RealFft.forward's `real`).
  (func (export "transformPairF64") (param $inputA i32) (param $gap i32) (param $bins i32) (param $realOnly i32)
    (global.set $sampleBytes (i32.const 8))
    (call $firstPass (local.get $inputA) (local.get $gap))
    (call $radix4Passes)
    (call $splitPower (local.get $bins) (local.get $realOnly)))

  ;; The first three stages in one pass, as RealFft.firstPassRadix8: the 8-point DFT of the complex
  ;; samples at a group's start + m·n/8, as two 4-point DFTs joined by the eighth roots of unity.
  (func $firstPass (param $frameA i32) (param $gap i32)
    (local $group i32) (local $groupEnd i32) (local $at i32) (local $w i32) (local $out i32)
    (local $inStride i32) (local $wStride i32) (local $sqrtHalf v128)
    (local $u0r v128) (local $u0i v128) (local $u1r v128) (local $u1i v128)
    (local $u2r v128) (local $u2i v128) (local $u3r v128) (local $u3i v128)
    (local $u4r v128) (local $u4i v128) (local $u5r v128) (local $u5i v128)
    (local $u6r v128) (local $u6i v128) (local $u7r v128) (local $u7i v128)
    (local $ar v128) (local $ai v128) (local $br v128) (local $bi v128)
    (local $cr v128) (local $ci v128) (local $dr v128) (local $di v128)
    (local $e0r v128) (local $e0i v128) (local $e1r v128) (local $e1i v128)
    (local $e2r v128) (local $e2i v128) (local $e3r v128) (local $e3i v128)
    (local $o0r v128) (local $o0i v128) (local $o1r v128) (local $o1i v128)
    (local $o2r v128) (local $o2i v128) (local $o3r v128) (local $o3i v128)
    (local $t1r v128) (local $t1i v128) (local $t3r v128) (local $t3i v128)
    (local.set $sqrtHalf (f64x2.splat (f64.const 0x1.6a09e667f3bcdp-1))) ;; Math.SQRT1_2
    ;; n/8 complex samples apart = n/4 reals: $sampleBytes each in the input, 8 in the window.
    (local.set $inStride (i32.mul (i32.shr_u (global.get $half) (i32.const 2)) (global.get $sampleBytes)))
    (local.set $wStride (i32.shl (global.get $half) (i32.const 1)))
    (local.set $group (global.get $groups))
    (local.set $groupEnd (i32.add (global.get $groups) (i32.shr_u (global.get $half) (i32.const 1))))
    (local.set $out (global.get $real))
    (loop $next
      (local.set $at (i32.add (local.get $frameA) (i32.mul (i32.load (local.get $group)) (global.get $sampleBytes))))
      (local.set $w (i32.add (global.get $window) (i32.shl (i32.load (local.get $group)) (i32.const 3))))
      (local.set $u0r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u0i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u1r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u1i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u2r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u2i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u3r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u3i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u4r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u4i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u5r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u5i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u6r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u6i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      (local.set $at (i32.add (local.get $at) (local.get $inStride))) (local.set $w (i32.add (local.get $w) (local.get $wStride)))
      (local.set $u7r (call $sample (local.get $at) (local.get $gap) (local.get $w)))
      (local.set $u7i (call $sample (i32.add (local.get $at) (global.get $sampleBytes)) (local.get $gap) (i32.add (local.get $w) (i32.const 8))))
      ;; 4-point DFT of the even samples u0, u2, u4, u6.
      (local.set $ar (f64x2.add (local.get $u0r) (local.get $u4r))) (local.set $ai (f64x2.add (local.get $u0i) (local.get $u4i)))
      (local.set $br (f64x2.sub (local.get $u0r) (local.get $u4r))) (local.set $bi (f64x2.sub (local.get $u0i) (local.get $u4i)))
      (local.set $cr (f64x2.add (local.get $u2r) (local.get $u6r))) (local.set $ci (f64x2.add (local.get $u2i) (local.get $u6i)))
      (local.set $dr (f64x2.sub (local.get $u2r) (local.get $u6r))) (local.set $di (f64x2.sub (local.get $u2i) (local.get $u6i)))
      (local.set $e0r (f64x2.add (local.get $ar) (local.get $cr))) (local.set $e0i (f64x2.add (local.get $ai) (local.get $ci)))
      (local.set $e2r (f64x2.sub (local.get $ar) (local.get $cr))) (local.set $e2i (f64x2.sub (local.get $ai) (local.get $ci)))
      (local.set $e1r (f64x2.add (local.get $br) (local.get $di))) (local.set $e1i (f64x2.sub (local.get $bi) (local.get $dr)))
      (local.set $e3r (f64x2.sub (local.get $br) (local.get $di))) (local.set $e3i (f64x2.add (local.get $bi) (local.get $dr)))
      ;; 4-point DFT of the odd samples u1, u3, u5, u7 (the a..d locals reused as f..j).
      (local.set $ar (f64x2.add (local.get $u1r) (local.get $u5r))) (local.set $ai (f64x2.add (local.get $u1i) (local.get $u5i)))
      (local.set $br (f64x2.sub (local.get $u1r) (local.get $u5r))) (local.set $bi (f64x2.sub (local.get $u1i) (local.get $u5i)))
      (local.set $cr (f64x2.add (local.get $u3r) (local.get $u7r))) (local.set $ci (f64x2.add (local.get $u3i) (local.get $u7i)))
      (local.set $dr (f64x2.sub (local.get $u3r) (local.get $u7r))) (local.set $di (f64x2.sub (local.get $u3i) (local.get $u7i)))
      (local.set $o0r (f64x2.add (local.get $ar) (local.get $cr))) (local.set $o0i (f64x2.add (local.get $ai) (local.get $ci)))
      (local.set $o2r (f64x2.sub (local.get $ar) (local.get $cr))) (local.set $o2i (f64x2.sub (local.get $ai) (local.get $ci)))
      (local.set $o1r (f64x2.add (local.get $br) (local.get $di))) (local.set $o1i (f64x2.sub (local.get $bi) (local.get $dr)))
      (local.set $o3r (f64x2.sub (local.get $br) (local.get $di))) (local.set $o3i (f64x2.add (local.get $bi) (local.get $dr)))
      ;; Twiddled odd parts: o1·(1 − i)/√2, o2·(−i), o3·(−1 − i)/√2.
      (local.set $t1r (f64x2.mul (f64x2.add (local.get $o1r) (local.get $o1i)) (local.get $sqrtHalf)))
      (local.set $t1i (f64x2.mul (f64x2.sub (local.get $o1i) (local.get $o1r)) (local.get $sqrtHalf)))
      (local.set $t3r (f64x2.mul (f64x2.sub (local.get $o3i) (local.get $o3r)) (local.get $sqrtHalf)))
      (local.set $t3i (f64x2.mul (f64x2.neg (f64x2.add (local.get $o3r) (local.get $o3i))) (local.get $sqrtHalf)))
      ;; Outputs 0..7 of the group; its imaginary parts lie at the same offset from $imag as its real parts from $real.
      (call $put (local.get $out) (i32.const 0) (f64x2.add (local.get $e0r) (local.get $o0r)) (f64x2.add (local.get $e0i) (local.get $o0i)))
      (call $put (local.get $out) (i32.const 64) (f64x2.sub (local.get $e0r) (local.get $o0r)) (f64x2.sub (local.get $e0i) (local.get $o0i)))
      (call $put (local.get $out) (i32.const 16) (f64x2.add (local.get $e1r) (local.get $t1r)) (f64x2.add (local.get $e1i) (local.get $t1i)))
      (call $put (local.get $out) (i32.const 80) (f64x2.sub (local.get $e1r) (local.get $t1r)) (f64x2.sub (local.get $e1i) (local.get $t1i)))
      (call $put (local.get $out) (i32.const 32) (f64x2.add (local.get $e2r) (local.get $o2i)) (f64x2.sub (local.get $e2i) (local.get $o2r)))
      (call $put (local.get $out) (i32.const 96) (f64x2.sub (local.get $e2r) (local.get $o2i)) (f64x2.add (local.get $e2i) (local.get $o2r)))
      (call $put (local.get $out) (i32.const 48) (f64x2.add (local.get $e3r) (local.get $t3r)) (f64x2.add (local.get $e3i) (local.get $t3i)))
      (call $put (local.get $out) (i32.const 112) (f64x2.sub (local.get $e3r) (local.get $t3r)) (f64x2.sub (local.get $e3i) (local.get $t3i)))
      (local.set $out (i32.add (local.get $out) (i32.const 128)))
      (local.set $group (i32.add (local.get $group) (i32.const 4)))
      (br_if $next (i32.lt_u (local.get $group) (local.get $groupEnd)))))

  ;; Stores a complex pair: real part at $at + $offset, imaginary part as far past $imag.
  (func $put (param $at i32) (param $offset i32) (param $re v128) (param $im v128)
    (v128.store (i32.add (local.get $at) (local.get $offset)) (local.get $re))
    (v128.store (i32.add (i32.add (local.get $at) (local.get $offset)) (i32.sub (global.get $imag) (global.get $real))) (local.get $im)))

  ;; RealFft's radix-4 passes from span 8 on: two radix-2 stages (spans s and 2s) per pass over
  ;; memory, three complex products per butterfly, each k's twiddles read once per pass.
  (func $radix4Passes
    (local $span i32) (local $step i32) (local $k i32) (local $end i32) (local $tw i32) (local $toImag i32)
    (local $i0 i32) (local $i1 i32) (local $i2 i32) (local $i3 i32)
    (local $w1r v128) (local $w1i v128) (local $w2r v128) (local $w2i v128)
    (local $x0r v128) (local $x0i v128) (local $x1r v128) (local $x1i v128)
    (local $x2r v128) (local $x2i v128) (local $x3r v128) (local $x3i v128)
    (local $tr v128) (local $ti v128)
    (local $a0r v128) (local $a0i v128) (local $a1r v128) (local $a1i v128)
    (local $a2r v128) (local $a2i v128) (local $a3r v128) (local $a3i v128)
    (local $b2r v128) (local $b2i v128) (local $b3r v128) (local $b3i v128)
    (local.set $tw (global.get $twiddles))
    (local.set $toImag (i32.sub (global.get $imag) (global.get $real)))
    (local.set $end (i32.add (global.get $real) (i32.shl (global.get $half) (i32.const 4))))
    ;; Spans and steps in bytes of f64x2 (16 per complex index).
    (local.set $span (i32.const 128))
    (block $passesDone
      (loop $pass
        (br_if $passesDone (i32.ge_u (local.get $span) (i32.shl (global.get $half) (i32.const 4))))
        (local.set $step (i32.shl (local.get $span) (i32.const 2)))
        (local.set $k (i32.const 0))
        (loop $twiddle
          (local.set $w1r (v128.load64_splat (local.get $tw)))
          (local.set $w1i (v128.load64_splat offset=8 (local.get $tw)))
          (local.set $w2r (v128.load64_splat offset=16 (local.get $tw)))
          (local.set $w2i (v128.load64_splat offset=24 (local.get $tw)))
          (local.set $i0 (i32.add (global.get $real) (local.get $k)))
          (loop $butterfly
            (local.set $i1 (i32.add (local.get $i0) (local.get $span)))
            (local.set $i2 (i32.add (local.get $i1) (local.get $span)))
            (local.set $i3 (i32.add (local.get $i2) (local.get $span)))
            ;; First stage: (0,1) and (2,3) with w1.
            (local.set $x1r (v128.load (local.get $i1)))
            (local.set $x1i (v128.load (i32.add (local.get $i1) (local.get $toImag))))
            (local.set $x3r (v128.load (local.get $i3)))
            (local.set $x3i (v128.load (i32.add (local.get $i3) (local.get $toImag))))
            (local.set $tr (f64x2.sub (f64x2.mul (local.get $x1r) (local.get $w1r)) (f64x2.mul (local.get $x1i) (local.get $w1i))))
            (local.set $ti (f64x2.add (f64x2.mul (local.get $x1r) (local.get $w1i)) (f64x2.mul (local.get $x1i) (local.get $w1r))))
            (local.set $x0r (v128.load (local.get $i0)))
            (local.set $x0i (v128.load (i32.add (local.get $i0) (local.get $toImag))))
            (local.set $a0r (f64x2.add (local.get $x0r) (local.get $tr))) (local.set $a0i (f64x2.add (local.get $x0i) (local.get $ti)))
            (local.set $a1r (f64x2.sub (local.get $x0r) (local.get $tr))) (local.set $a1i (f64x2.sub (local.get $x0i) (local.get $ti)))
            (local.set $tr (f64x2.sub (f64x2.mul (local.get $x3r) (local.get $w1r)) (f64x2.mul (local.get $x3i) (local.get $w1i))))
            (local.set $ti (f64x2.add (f64x2.mul (local.get $x3r) (local.get $w1i)) (f64x2.mul (local.get $x3i) (local.get $w1r))))
            (local.set $x2r (v128.load (local.get $i2)))
            (local.set $x2i (v128.load (i32.add (local.get $i2) (local.get $toImag))))
            (local.set $a2r (f64x2.add (local.get $x2r) (local.get $tr))) (local.set $a2i (f64x2.add (local.get $x2i) (local.get $ti)))
            (local.set $a3r (f64x2.sub (local.get $x2r) (local.get $tr))) (local.set $a3i (f64x2.sub (local.get $x2i) (local.get $ti)))
            ;; Second stage: (0,2) with w2, (1,3) with -i·w2.
            (local.set $b2r (f64x2.sub (f64x2.mul (local.get $a2r) (local.get $w2r)) (f64x2.mul (local.get $a2i) (local.get $w2i))))
            (local.set $b2i (f64x2.add (f64x2.mul (local.get $a2r) (local.get $w2i)) (f64x2.mul (local.get $a2i) (local.get $w2r))))
            (local.set $b3r (f64x2.add (f64x2.mul (local.get $a3r) (local.get $w2i)) (f64x2.mul (local.get $a3i) (local.get $w2r))))
            (local.set $b3i (f64x2.sub (f64x2.mul (local.get $a3i) (local.get $w2i)) (f64x2.mul (local.get $a3r) (local.get $w2r))))
            (v128.store (local.get $i0) (f64x2.add (local.get $a0r) (local.get $b2r)))
            (v128.store (i32.add (local.get $i0) (local.get $toImag)) (f64x2.add (local.get $a0i) (local.get $b2i)))
            (v128.store (local.get $i2) (f64x2.sub (local.get $a0r) (local.get $b2r)))
            (v128.store (i32.add (local.get $i2) (local.get $toImag)) (f64x2.sub (local.get $a0i) (local.get $b2i)))
            (v128.store (local.get $i1) (f64x2.add (local.get $a1r) (local.get $b3r)))
            (v128.store (i32.add (local.get $i1) (local.get $toImag)) (f64x2.add (local.get $a1i) (local.get $b3i)))
            (v128.store (local.get $i3) (f64x2.sub (local.get $a1r) (local.get $b3r)))
            (v128.store (i32.add (local.get $i3) (local.get $toImag)) (f64x2.sub (local.get $a1i) (local.get $b3i)))
            (local.set $i0 (i32.add (local.get $i0) (local.get $step)))
            (br_if $butterfly (i32.lt_u (local.get $i0) (local.get $end))))
          (local.set $tw (i32.add (local.get $tw) (i32.const 32)))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br_if $twiddle (i32.lt_u (local.get $k) (local.get $span))))
        (local.set $span (local.get $step))
        (br $pass))))

  ;; Splits the packed spectrum into bins 0..$bins-1 and squares them, as RealFft.windowedPower:
  ;; X[k] = E[k] + W^k O[k] from the packed values at a = k and b = n - k, both taken modulo n, which
  ;; makes bins 0 and n read index 0 twice as the JavaScript does.
  (func $splitPower (param $bins i32) (param $realOnly i32)
    (local $k i32) (local $mask i32) (local $a i32) (local $b i32) (local $toImag i32) (local $oneHalf v128)
    (local $zra v128) (local $zrb v128) (local $zia v128) (local $zib v128)
    (local $evenReal v128) (local $evenImag v128) (local $oddReal v128) (local $oddImag v128)
    (local $wr v128) (local $wi v128) (local $re v128) (local $im v128)
    (local.set $oneHalf (f64x2.splat (f64.const 0.5)))
    (local.set $mask (i32.sub (global.get $half) (i32.const 1)))
    (local.set $toImag (i32.sub (global.get $imag) (global.get $real)))
    (loop $bin
      (local.set $a (i32.add (global.get $real) (i32.shl (i32.and (local.get $k) (local.get $mask)) (i32.const 4))))
      (local.set $b (i32.add (global.get $real)
        (i32.shl (i32.and (i32.sub (global.get $half) (local.get $k)) (local.get $mask)) (i32.const 4))))
      (local.set $zra (v128.load (local.get $a)))
      (local.set $zrb (v128.load (local.get $b)))
      (local.set $zia (v128.load (i32.add (local.get $a) (local.get $toImag))))
      (local.set $zib (v128.load (i32.add (local.get $b) (local.get $toImag))))
      (local.set $evenReal (f64x2.mul (f64x2.add (local.get $zra) (local.get $zrb)) (local.get $oneHalf)))
      (local.set $evenImag (f64x2.mul (f64x2.sub (local.get $zia) (local.get $zib)) (local.get $oneHalf)))
      (local.set $oddReal (f64x2.mul (f64x2.add (local.get $zia) (local.get $zib)) (local.get $oneHalf)))
      (local.set $oddImag (f64x2.mul (f64x2.neg (f64x2.sub (local.get $zra) (local.get $zrb))) (local.get $oneHalf)))
      (local.set $wr (v128.load64_splat (i32.add (global.get $splitCos) (i32.shl (local.get $k) (i32.const 3)))))
      (local.set $wi (v128.load64_splat (i32.add (global.get $splitSin) (i32.shl (local.get $k) (i32.const 3)))))
      (local.set $re (f64x2.sub (f64x2.add (local.get $evenReal) (f64x2.mul (local.get $wr) (local.get $oddReal)))
        (f64x2.mul (local.get $wi) (local.get $oddImag))))
      (local.set $im (f64x2.add (f64x2.add (local.get $evenImag) (f64x2.mul (local.get $wr) (local.get $oddImag)))
        (f64x2.mul (local.get $wi) (local.get $oddReal))))
      (v128.store (i32.add (global.get $power) (i32.shl (local.get $k) (i32.const 4)))
        (if (result v128) (local.get $realOnly)
          (then (local.get $re))
          (else (f64x2.add (f64x2.mul (local.get $re) (local.get $re)) (f64x2.mul (local.get $im) (local.get $im))))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $bin (i32.lt_u (local.get $k) (local.get $bins)))))

  ;; Each mel band's weighted sum of the two power spectra, written as f64x2 from $sums on:
  ;; band b sums weights[start[b]..start[b+1]) times the bins from firstBin[b] on, in that order.
  (func (export "melSums") (param $start i32) (param $firstBin i32) (param $weights i32) (param $bands i32) (param $sums i32)
    (local $band i32) (local $j i32) (local $last i32) (local $bin i32) (local $sum v128)
    (loop $nextBand
      (local.set $j (i32.load (i32.add (local.get $start) (i32.shl (local.get $band) (i32.const 2)))))
      (local.set $last (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $band) (i32.const 2)))))
      (local.set $bin (i32.add (global.get $power)
        (i32.shl (i32.load (i32.add (local.get $firstBin) (i32.shl (local.get $band) (i32.const 2)))) (i32.const 4))))
      (local.set $sum (v128.const f64x2 0 0))
      (block $done
        (loop $term
          (br_if $done (i32.ge_u (local.get $j) (local.get $last)))
          (local.set $sum (f64x2.add (local.get $sum)
            (f64x2.mul (v128.load64_splat (i32.add (local.get $weights) (i32.shl (local.get $j) (i32.const 3))))
              (v128.load (local.get $bin)))))
          (local.set $bin (i32.add (local.get $bin) (i32.const 16)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $term)))
      (v128.store (i32.add (local.get $sums) (i32.shl (local.get $band) (i32.const 4))) (local.get $sum))
      (local.set $band (i32.add (local.get $band) (i32.const 1)))
      (br_if $nextBand (i32.lt_u (local.get $band) (local.get $bands)))))
)
