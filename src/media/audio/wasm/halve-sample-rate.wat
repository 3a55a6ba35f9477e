;; halveSampleRate (halve-sample-rate.ts) for 16-bit PCM as a WAV file stores it, mono or stereo, two
;; outputs at a time: lane 0 is output k, lane 1 output k + 1, which reads the same taps two input
;; samples on. A stereo sample is left + right (the caller's scale holds the √½ of ffmpeg's mix).
;; Integers are exact in f64, and every sum and product after them is the same f64 operation in the
;; same order as the JavaScript, so the outputs are the same floats.
;;
;; As in the JavaScript, the odd samples an output reads stay in locals and shift along: with i = 2k,
;; m<d> holds samples (i − d, i + 2 − d) and p<d> (i + d, i + 2 + d). The next pair of outputs
;; (i + 4) reads m<d> = old m<d − 4> and so on, so each pair loads only two new vectors and the centre.
(module
  ;; Made by the caller at its full size (see wasm-signal-memory.ts for why it never grows).
  (import "halve" "memory" (memory 1))
  (global $frameBytes (mut i32) (i32.const 2)) ;; 2 for mono, 4 for stereo

  ;; Input samples s and s + 2, where $at is the address of sample s, as f64x2.
  (func $pair (param $at i32) (result v128)
    (f64x2.convert_low_i32x4_s
      (i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
        (if (result v128) (i32.eq (global.get $frameBytes) (i32.const 2))
          (then (i32x4.extend_low_i16x8_s (v128.load64_zero (local.get $at))))
          (else (i32x4.extadd_pairwise_i16x8_s (v128.load (local.get $at)))))
        (v128.const i32x4 0 0 0 0))))

  ;; Outputs $from, $from + 2, ... while below $end, two at a time (an odd count writes one more);
  ;; input sample s is at $input + s·frameBytes. Each output is
  ;; centre·x[2k] + scale·(c0·(x[2k−1] + x[2k+1]) + c1·(x[2k−3] + x[2k+3]) + ... + c7·(x[2k−15] + x[2k+15])).
  ;; The caller puts 16 silent samples (and a vector's worth more) before and after the input, so the
  ;; first and last outputs need no code of their own.
  (func (export "halve")
    (param $input i32) (param $frameBytes i32) (param $output i32) (param $from i32) (param $end i32)
    (param $scale f64) (param $c0 f64) (param $c1 f64) (param $c2 f64) (param $c3 f64)
    (param $c4 f64) (param $c5 f64) (param $c6 f64) (param $c7 f64)
    (local $k i32) (local $at i32) (local $sum v128)
    (local $m15 v128) (local $m13 v128) (local $m11 v128) (local $m9 v128)
    (local $m7 v128) (local $m5 v128) (local $m3 v128) (local $m1 v128)
    (local $p1 v128) (local $p3 v128) (local $p5 v128) (local $p7 v128)
    (local $p9 v128) (local $p11 v128) (local $p13 v128) (local $p15 v128)
    (global.set $frameBytes (local.get $frameBytes))
    (local.set $k (local.get $from))
    (local.set $at (i32.add (local.get $input) (i32.mul (i32.shl (local.get $k) (i32.const 1)) (local.get $frameBytes))))
    (local.set $m15 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 15) (local.get $frameBytes)))))
    (local.set $m13 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 13) (local.get $frameBytes)))))
    (local.set $m11 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 11) (local.get $frameBytes)))))
    (local.set $m9 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 9) (local.get $frameBytes)))))
    (local.set $m7 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 7) (local.get $frameBytes)))))
    (local.set $m5 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 5) (local.get $frameBytes)))))
    (local.set $m3 (call $pair (i32.sub (local.get $at) (i32.mul (i32.const 3) (local.get $frameBytes)))))
    (local.set $m1 (call $pair (i32.sub (local.get $at) (local.get $frameBytes))))
    (local.set $p1 (call $pair (i32.add (local.get $at) (local.get $frameBytes))))
    (local.set $p3 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 3) (local.get $frameBytes)))))
    (local.set $p5 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 5) (local.get $frameBytes)))))
    (local.set $p7 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 7) (local.get $frameBytes)))))
    (local.set $p9 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 9) (local.get $frameBytes)))))
    (local.set $p11 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 11) (local.get $frameBytes)))))
    (local.set $p13 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 13) (local.get $frameBytes)))))
    (local.set $p15 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 15) (local.get $frameBytes)))))
    (loop $next
      (local.set $sum (f64x2.mul (f64x2.splat (local.get $c0)) (f64x2.add (local.get $m1) (local.get $p1))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c1)) (f64x2.add (local.get $m3) (local.get $p3)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c2)) (f64x2.add (local.get $m5) (local.get $p5)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c3)) (f64x2.add (local.get $m7) (local.get $p7)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c4)) (f64x2.add (local.get $m9) (local.get $p9)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c5)) (f64x2.add (local.get $m11) (local.get $p11)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c6)) (f64x2.add (local.get $m13) (local.get $p13)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (local.get $c7)) (f64x2.add (local.get $m15) (local.get $p15)))))
      (local.set $sum (f64x2.add
        (f64x2.mul (f64x2.splat (f64.mul (f64.const 0.5) (local.get $scale))) (call $pair (local.get $at)))
        (f64x2.mul (f64x2.splat (local.get $scale)) (local.get $sum))))
      (v128.store64_lane 0 (i32.add (local.get $output) (i32.shl (local.get $k) (i32.const 2)))
        (f32x4.demote_f64x2_zero (local.get $sum)))
      ;; Four input samples on: every local takes the one two places further out, two new ones enter.
      (local.set $m15 (local.get $m11)) (local.set $m13 (local.get $m9)) (local.set $m11 (local.get $m7))
      (local.set $m9 (local.get $m5)) (local.set $m7 (local.get $m3)) (local.set $m5 (local.get $m1))
      (local.set $m3 (local.get $p1)) (local.set $m1 (local.get $p3)) (local.set $p1 (local.get $p5))
      (local.set $p3 (local.get $p7)) (local.set $p5 (local.get $p9)) (local.set $p7 (local.get $p11))
      (local.set $p9 (local.get $p13)) (local.set $p11 (local.get $p15))
      (local.set $p13 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 17) (local.get $frameBytes)))))
      (local.set $p15 (call $pair (i32.add (local.get $at) (i32.mul (i32.const 19) (local.get $frameBytes)))))
      (local.set $at (i32.add (local.get $at) (i32.shl (local.get $frameBytes) (i32.const 2))))
      (local.set $k (i32.add (local.get $k) (i32.const 2)))
      (br_if $next (i32.lt_s (local.get $k) (local.get $end)))))
)
