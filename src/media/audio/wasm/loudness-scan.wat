;; The K-weighting filters and the peak of scanLoudness (intensity-curve.ts) over a signal in memory.
;;
;; The two filters are a cascade: the shelf turns x into y, the high-pass turns y into z. Each is
;; b0·in + b1·in1 + b2·in2 − a1·out1 − a2·out2, so both run as one f64x2 expression, the shelf in
;; lane 0 and the high-pass in lane 1. Lane 1 works two samples behind (step n yields y[n] and
;; z[n − 2]) so that its input y[n − 2] is ready a step early and the two chains of dependent
;; multiplies overlap instead of queueing. Each lane is the JavaScript's operations in its order, so
;; the same bits, in half the instructions.
;;
;; State carried from call to call, as f64x2 (lane 0, lane 1) after step n − 1:
;;   in1 = (x[n − 1], y[n − 3])   in2 = (x[n − 2], y[n − 4])
;;   out1 = (y[n − 1], z[n − 3])  out2 = (y[n − 2], z[n − 4])
(module
  ;; A signal memory (wasm-signal-memory.ts): the samples, f32, from $signal.
  (import "scan" "memory" (memory 1 65536 shared))
  (global $signal (mut i32) (i32.const 0))
  (global $length (mut i32) (i32.const 0))
  (global $b0 (mut v128) (v128.const i64x2 0 0)) ;; (shelf, high-pass)
  (global $b1 (mut v128) (v128.const i64x2 0 0))
  (global $b2 (mut v128) (v128.const i64x2 0 0))
  (global $a1 (mut v128) (v128.const i64x2 0 0))
  (global $a2 (mut v128) (v128.const i64x2 0 0))
  (global $in1 (mut v128) (v128.const i64x2 0 0))
  (global $in2 (mut v128) (v128.const i64x2 0 0))
  (global $out1 (mut v128) (v128.const i64x2 0 0))
  (global $out2 (mut v128) (v128.const i64x2 0 0))
  (global $peak (mut f64) (f64.const 0))
  (global $invalid (mut i32) (i32.const 0))

  ;; A fresh scan of the $length samples at $signal with these coefficients (shelf, then high-pass).
  (func (export "start")
    (param $signal i32) (param $length i32)
    (param $sb0 f64) (param $sb1 f64) (param $sb2 f64) (param $sa1 f64) (param $sa2 f64)
    (param $hb0 f64) (param $hb1 f64) (param $hb2 f64) (param $ha1 f64) (param $ha2 f64)
    (global.set $signal (local.get $signal))
    (global.set $length (local.get $length))
    (global.set $b0 (f64x2.replace_lane 1 (f64x2.splat (local.get $sb0)) (local.get $hb0)))
    (global.set $b1 (f64x2.replace_lane 1 (f64x2.splat (local.get $sb1)) (local.get $hb1)))
    (global.set $b2 (f64x2.replace_lane 1 (f64x2.splat (local.get $sb2)) (local.get $hb2)))
    (global.set $a1 (f64x2.replace_lane 1 (f64x2.splat (local.get $sa1)) (local.get $ha1)))
    (global.set $a2 (f64x2.replace_lane 1 (f64x2.splat (local.get $sa2)) (local.get $ha2)))
    (global.set $in1 (v128.const i64x2 0 0))
    (global.set $in2 (v128.const i64x2 0 0))
    (global.set $out1 (v128.const i64x2 0 0))
    (global.set $out2 (v128.const i64x2 0 0))
    (global.set $peak (f64.const 0))
    (global.set $invalid (i32.const 0)))

  ;; The sum of z[j]² for j = $from..$to − 1, the scan having reached z[$from − 1]. Step j + 2
  ;; reads x[j + 2], silence past the end. The first call is (-2, 0): the lag's first two steps.
  (func (export "sumSquares") (param $from i32) (param $to i32) (result f64)
    (local $j i32) (local $x f64) (local $magnitude f64) (local $sum f64) (local $peak f64) (local $invalid i32)
    (local $in v128) (local $in1 v128) (local $in2 v128) (local $out v128) (local $out1 v128) (local $out2 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $a1 v128) (local $a2 v128)
    (local $at i32) (local $end i32)
    (if (i32.ge_s (local.get $from) (local.get $to)) (then (return (f64.const 0))))
    (local.set $b0 (global.get $b0)) (local.set $b1 (global.get $b1)) (local.set $b2 (global.get $b2))
    (local.set $a1 (global.get $a1)) (local.set $a2 (global.get $a2))
    (local.set $in1 (global.get $in1)) (local.set $in2 (global.get $in2))
    (local.set $out1 (global.get $out1)) (local.set $out2 (global.get $out2))
    (local.set $peak (global.get $peak)) (local.set $invalid (global.get $invalid))
    ;; x[j + 2] is at $at; past $end (the signal's end) it is silence.
    (local.set $at (i32.add (global.get $signal) (i32.shl (i32.add (local.get $from) (i32.const 2)) (i32.const 2))))
    (local.set $end (i32.add (global.get $signal) (i32.shl (global.get $length) (i32.const 2))))
    (local.set $j (local.get $from))
    (loop $step
      (local.set $x (if (result f64) (i32.lt_u (local.get $at) (local.get $end))
        (then (f64.promote_f32 (f32.load (local.get $at))))
        (else (f64.const 0))))
      ;; (x[n], y[n − 2]): lane 0 of out2 moves to lane 1.
      (local.set $in (f64x2.replace_lane 0
        (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $out2) (local.get $out2))
        (local.get $x)))
      (local.set $out (f64x2.sub (f64x2.sub (f64x2.add (f64x2.add
        (f64x2.mul (local.get $b0) (local.get $in))
        (f64x2.mul (local.get $b1) (local.get $in1)))
        (f64x2.mul (local.get $b2) (local.get $in2)))
        (f64x2.mul (local.get $a1) (local.get $out1)))
        (f64x2.mul (local.get $a2) (local.get $out2))))
      (local.set $in2 (local.get $in1))
      (local.set $in1 (local.get $in))
      (local.set $out2 (local.get $out1))
      (local.set $out1 (local.get $out))
      (local.set $sum (f64.add (local.get $sum)
        (f64.mul (f64x2.extract_lane 1 (local.get $out)) (f64x2.extract_lane 1 (local.get $out)))))
      (local.set $magnitude (f64.abs (local.get $x)))
      (local.set $peak (select (local.get $magnitude) (local.get $peak) (f64.gt (local.get $magnitude) (local.get $peak))))
      (local.set $invalid (i32.or (local.get $invalid) (i32.eqz (f64.le (local.get $magnitude) (f64.const 1e6)))))
      (local.set $at (i32.add (local.get $at) (i32.const 4)))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br_if $step (i32.lt_s (local.get $j) (local.get $to))))
    (global.set $in1 (local.get $in1)) (global.set $in2 (local.get $in2))
    (global.set $out1 (local.get $out1)) (global.set $out2 (local.get $out2))
    (global.set $peak (local.get $peak)) (global.set $invalid (local.get $invalid))
    (local.get $sum))

  ;; The largest |x| so far, NaN when a sample was not finite (or beyond ±1e6).
  (func (export "peak") (result f64)
    (select (f64.const nan) (global.get $peak) (global.get $invalid)))
)
