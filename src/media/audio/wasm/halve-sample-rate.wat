;; halveSampleRate (halve-sample-rate.ts) for 16-bit PCM as a WAV file stores it, mono or stereo, two
;; outputs at a time: lane 0 is output k, lane 1 output k + 1, which reads the same taps two input
;; samples on. A stereo sample is left + right (the caller's scale holds the √½ of ffmpeg's mix).
;; Integers are exact in f64, and every sum and product after them is the same f64 operation in the
;; same order as the JavaScript, so the outputs are the same floats.
;;
;; A call first turns the PCM it reads into two planes of f64, the even and the odd input samples.
;; Output k reads input samples 2k − 15, 2k − 13, ... 2k + 15, all odd, and output k + 1 the same two
;; on: in the odd plane each tap's pair for lanes 0 and 1 is two neighbours, one 16-byte load. Loads
;; straight from the planes keep few values live, where sliding them along in locals took more
;; registers than the processor has.
(module
  ;; Made by the caller at its full size (see wasm-signal-memory.ts for why it never grows), and
  ;; shared: a second thread may halve a later part of the signal into it, through a window of its own.
  (import "halve" "memory" (memory 1 65536 shared))

  ;; Outputs $from, $from + 2, ... while below $end, two at a time (an odd count writes one more);
  ;; input sample s is at $input + s·frameBytes, and input samples 2·$from − 32 to 2·$end + 32 are
  ;; there (silent where they lie outside the signal, so the first and last outputs need no code of
  ;; their own). $planes: room for two planes of ($end − $from + 35) f64. Each output is
  ;; centre·x[2k] + scale·(c0·(x[2k−1] + x[2k+1]) + c1·(x[2k−3] + x[2k+3]) + ... + c7·(x[2k−15] + x[2k+15])).
  (func (export "halve")
    (param $input i32) (param $frameBytes i32) (param $output i32) (param $from i32) (param $end i32)
    (param $planes i32)
    (param $scale f64) (param $c0 f64) (param $c1 f64) (param $c2 f64) (param $c3 f64)
    (param $c4 f64) (param $c5 f64) (param $c6 f64) (param $c7 f64)
    (local $k i32) (local $at i32) (local $atEnd i32) (local $even i32) (local $odd i32) (local $planeBytes i32)
    (local $sum v128) (local $pcm v128) (local $integers v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local $t4 v128) (local $t5 v128) (local $t6 v128) (local $t7 v128) (local $centre v128) (local $scaled v128)
    ;; Plane entry q holds input samples 2·$from − 32 + 2q (even plane) and the one after it (odd
    ;; plane), for q = 0 .. $end − $from + 32, rounded up to a multiple of 4 (the window has them).
    (local.set $planeBytes (i32.shl (i32.and (i32.add (i32.sub (local.get $end) (local.get $from)) (i32.const 35)) (i32.const -4)) (i32.const 3)))
    (local.set $even (local.get $planes))
    (local.set $odd (i32.add (local.get $planes) (local.get $planeBytes)))
    (local.set $at (i32.add (local.get $input)
      (i32.mul (i32.sub (i32.shl (local.get $from) (i32.const 1)) (i32.const 32)) (local.get $frameBytes))))
    (local.set $atEnd (i32.add (local.get $even) (local.get $planeBytes)))
    (if (i32.eq (local.get $frameBytes) (i32.const 2))
      (then
        ;; Mono: eight samples a load, four to each plane.
        (loop $mono
          (local.set $pcm (v128.load (local.get $at)))
          (local.set $integers (i32x4.extend_low_i16x8_s
            (i8x16.shuffle 0 1 4 5 8 9 12 13 0 1 4 5 8 9 12 13 (local.get $pcm) (local.get $pcm))))
          (v128.store (local.get $even) (f64x2.convert_low_i32x4_s (local.get $integers)))
          (v128.store offset=16 (local.get $even) (f64x2.convert_low_i32x4_s
            (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $integers) (local.get $integers))))
          (local.set $integers (i32x4.extend_low_i16x8_s
            (i8x16.shuffle 2 3 6 7 10 11 14 15 2 3 6 7 10 11 14 15 (local.get $pcm) (local.get $pcm))))
          (v128.store (local.get $odd) (f64x2.convert_low_i32x4_s (local.get $integers)))
          (v128.store offset=16 (local.get $odd) (f64x2.convert_low_i32x4_s
            (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $integers) (local.get $integers))))
          (local.set $at (i32.add (local.get $at) (i32.const 16)))
          (local.set $even (i32.add (local.get $even) (i32.const 32)))
          (local.set $odd (i32.add (local.get $odd) (i32.const 32)))
          (br_if $mono (i32.lt_u (local.get $even) (local.get $atEnd)))))
      (else
        ;; Stereo: four frames a load, each left + right, two to each plane.
        (loop $stereo
          (local.set $integers (i32x4.extadd_pairwise_i16x8_s (v128.load (local.get $at))))
          (local.set $integers (i8x16.shuffle 0 1 2 3 8 9 10 11 4 5 6 7 12 13 14 15 (local.get $integers) (local.get $integers)))
          (v128.store (local.get $even) (f64x2.convert_low_i32x4_s (local.get $integers)))
          (v128.store (local.get $odd) (f64x2.convert_low_i32x4_s
            (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $integers) (local.get $integers))))
          (local.set $at (i32.add (local.get $at) (i32.const 16)))
          (local.set $even (i32.add (local.get $even) (i32.const 16)))
          (local.set $odd (i32.add (local.get $odd) (i32.const 16)))
          (br_if $stereo (i32.lt_u (local.get $even) (local.get $atEnd))))))

    (local.set $t0 (f64x2.splat (local.get $c0))) (local.set $t1 (f64x2.splat (local.get $c1)))
    (local.set $t2 (f64x2.splat (local.get $c2))) (local.set $t3 (f64x2.splat (local.get $c3)))
    (local.set $t4 (f64x2.splat (local.get $c4))) (local.set $t5 (f64x2.splat (local.get $c5)))
    (local.set $t6 (f64x2.splat (local.get $c6))) (local.set $t7 (f64x2.splat (local.get $c7)))
    (local.set $centre (f64x2.splat (f64.mul (f64.const 0.5) (local.get $scale))))
    (local.set $scaled (f64x2.splat (local.get $scale)))
    ;; Output k's centre is even-plane entry k − $from + 16; its taps are odd-plane entries 8 either
    ;; side of that: $odd points at the first (x[2k − 15]), so x[2k + 1] lies 64 bytes on.
    (local.set $even (i32.add (local.get $planes) (i32.const 128)))
    (local.set $odd (i32.add (local.get $planes) (i32.add (local.get $planeBytes) (i32.const 64))))
    (local.set $k (local.get $from))
    (loop $next
      (local.set $sum (f64x2.mul (local.get $t0) (f64x2.add (v128.load offset=56 (local.get $odd)) (v128.load offset=64 (local.get $odd)))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t1) (f64x2.add (v128.load offset=48 (local.get $odd)) (v128.load offset=72 (local.get $odd))))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t2) (f64x2.add (v128.load offset=40 (local.get $odd)) (v128.load offset=80 (local.get $odd))))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t3) (f64x2.add (v128.load offset=32 (local.get $odd)) (v128.load offset=88 (local.get $odd))))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t4) (f64x2.add (v128.load offset=24 (local.get $odd)) (v128.load offset=96 (local.get $odd))))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t5) (f64x2.add (v128.load offset=16 (local.get $odd)) (v128.load offset=104 (local.get $odd))))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t6) (f64x2.add (v128.load offset=8 (local.get $odd)) (v128.load offset=112 (local.get $odd))))))
      (local.set $sum (f64x2.add (local.get $sum) (f64x2.mul (local.get $t7) (f64x2.add (v128.load (local.get $odd)) (v128.load offset=120 (local.get $odd))))))
      (local.set $sum (f64x2.add
        (f64x2.mul (local.get $centre) (v128.load (local.get $even)))
        (f64x2.mul (local.get $scaled) (local.get $sum))))
      (v128.store64_lane 0 (i32.add (local.get $output) (i32.shl (local.get $k) (i32.const 2)))
        (f32x4.demote_f64x2_zero (local.get $sum)))
      (local.set $even (i32.add (local.get $even) (i32.const 16)))
      (local.set $odd (i32.add (local.get $odd) (i32.const 16)))
      (local.set $k (i32.add (local.get $k) (i32.const 2)))
      (br_if $next (i32.lt_s (local.get $k) (local.get $end)))))
)
