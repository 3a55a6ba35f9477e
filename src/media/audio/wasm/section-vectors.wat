;; The sums behind find-sections.ts's block vectors (blockSums: each frame's coarse mel shape,
;; loudness and pitch classes, added up over a block): the same f64 operations in the same order, so
;; the same numbers. The 10^(dB/10) of every mel cell is Math.exp's own algorithm, fdlibm's exp, on
;; its general path (other arguments go to Math.exp itself): V8 calls Math.exp out of line, and it
;; was half the cost of these sums.
(module
  ;; Made by the caller to fit: the mel dB matrix and the chroma rows (f32), and the output.
  (import "sections" "memory" (memory 1))
  (import "sections" "exp" (func $mathExp (param f64) (result f64)))
  (import "sections" "log10" (func $mathLog10 (param f64) (result f64)))

  ;; e^x, to the bit what Math.exp gives: x = k·ln 2 + r, e^r from fdlibm's rational approximation,
  ;; times 2^k. fdlibm takes this path for 1.5·ln 2 ≤ |x| (a high word of 0x3ff0a2b2 on) below its
  ;; overflow bound; here only below 700, so 2^k is a normal number.
  (func $exp (param $x f64) (result f64)
    (local $magnitude f64) (local $k i32) (local $t f64) (local $hi f64) (local $lo f64) (local $r f64) (local $c f64)
    (local.set $magnitude (f64.abs (local.get $x)))
    (if (i32.eqz (i32.and
          (f64.ge (local.get $magnitude) (f64.reinterpret_i64 (i64.const 0x3ff0a2b200000000)))
          (f64.lt (local.get $magnitude) (f64.const 700))))
      (then (return (call $mathExp (local.get $x)))))
    ;; k = (int)(x/ln 2 ± ½), rounding half away from zero as fdlibm's cast of it does.
    (local.set $k (i32.trunc_f64_s (f64.add (f64.mul (f64.const 0x1.71547652b82fep+0) (local.get $x))
      (select (f64.const -0.5) (f64.const 0.5) (f64.lt (local.get $x) (f64.const 0))))))
    (local.set $t (f64.convert_i32_s (local.get $k)))
    (local.set $hi (f64.sub (local.get $x) (f64.mul (local.get $t) (f64.const 0x1.62e42feep-1))))
    (local.set $lo (f64.mul (local.get $t) (f64.const 0x1.a39ef35793c76p-33)))
    (local.set $r (f64.sub (local.get $hi) (local.get $lo)))
    (local.set $t (f64.mul (local.get $r) (local.get $r)))
    ;; c = r − t·(P1 + t·(P2 + t·(P3 + t·(P4 + t·P5))))
    (local.set $c (f64.sub (local.get $r) (f64.mul (local.get $t)
      (f64.add (f64.const 0x1.555555555553ep-3) (f64.mul (local.get $t)
        (f64.add (f64.const -0x1.6c16c16bebd93p-9) (f64.mul (local.get $t)
          (f64.add (f64.const 0x1.1566aaf25de2cp-14) (f64.mul (local.get $t)
            (f64.add (f64.const -0x1.bbd41c5d26bf1p-20) (f64.mul (local.get $t) (f64.const 0x1.6376972bea4d0p-25))))))))))))
    ;; (1 − ((lo − r·c / (2 − c)) − hi)) · 2^k
    (f64.mul
      (f64.sub (f64.const 1) (f64.sub
        (f64.sub (local.get $lo) (f64.div (f64.mul (local.get $r) (local.get $c)) (f64.sub (f64.const 2) (local.get $c))))
        (local.get $hi)))
      (f64.reinterpret_i64 (i64.shl (i64.extend_i32_s (i32.add (local.get $k) (i32.const 1023))) (i64.const 52)))))

  ;; Frames $first .. $last − 1 added into the f64 vector at $out (zeros on entry): for each frame, band
  ;; b's dB / frames into its group (see $groups), 10·log10(sum of 10^(dB/10), + 1e-10) / frames into the
  ;; f64 at byte $loudness, and every $chromaStep frames the 12 pitch classes into 0..11. $melDb: $bands
  ;; f32 per frame; $chroma: 12 per row; $groups: each band's byte offset in the output,
  ;; 8·(12 + floor(10·b / bands)), an i32 each (a division per cell cost more than all the rest).
  (func (export "blockSums")
    (param $melDb i32) (param $chroma i32) (param $groups i32) (param $bands i32) (param $chromaStep i32)
    (param $first i32) (param $last i32) (param $out i32) (param $loudness i32)
    (local $t i32) (local $band i32) (local $pitch i32) (local $cell i32) (local $at i32) (local $frames f64) (local $db f64) (local $energy f64)
    (local.set $frames (f64.convert_i32_s (i32.sub (local.get $last) (local.get $first))))
    (local.set $t (local.get $first))
    (loop $frame
      (local.set $energy (f64.const 0))
      (local.set $cell (i32.add (local.get $melDb) (i32.shl (i32.mul (local.get $t) (local.get $bands)) (i32.const 2))))
      (local.set $band (i32.const 0))
      (loop $nextBand
        (local.set $db (f64.promote_f32 (f32.load (local.get $cell))))
        (local.set $at (i32.add (local.get $out) (i32.load (i32.add (local.get $groups) (i32.shl (local.get $band) (i32.const 2))))))
        (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (f64.div (local.get $db) (local.get $frames))))
        ;; 10^(dB/10) as e^(dB · ln 10 / 10).
        (local.set $energy (f64.add (local.get $energy) (call $exp (f64.mul (local.get $db) (f64.const 0x1.d791c5f888823p-3)))))
        (local.set $cell (i32.add (local.get $cell) (i32.const 4)))
        (local.set $band (i32.add (local.get $band) (i32.const 1)))
        (br_if $nextBand (i32.lt_u (local.get $band) (local.get $bands))))
      (local.set $at (i32.add (local.get $out) (local.get $loudness)))
      (f64.store (local.get $at) (f64.add (f64.load (local.get $at))
        (f64.div (f64.mul (f64.const 10) (call $mathLog10 (f64.add (local.get $energy) (f64.const 1e-10)))) (local.get $frames))))
      (if (i32.eqz (i32.rem_u (local.get $t) (local.get $chromaStep)))
        (then
          (local.set $cell (i32.add (local.get $chroma) (i32.mul (i32.div_u (local.get $t) (local.get $chromaStep)) (i32.const 48))))
          (local.set $pitch (i32.const 0))
          (loop $nextPitch
            (local.set $at (i32.add (local.get $out) (i32.shl (local.get $pitch) (i32.const 3))))
            (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (f64.promote_f32 (f32.load (local.get $cell)))))
            (local.set $cell (i32.add (local.get $cell) (i32.const 4)))
            (local.set $pitch (i32.add (local.get $pitch) (i32.const 1)))
            (br_if $nextPitch (i32.lt_u (local.get $pitch) (i32.const 12))))))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br_if $frame (i32.lt_u (local.get $t) (local.get $last)))))
)
