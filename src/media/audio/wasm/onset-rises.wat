;; The log-mel spectral flux of computeOnsetEnvelopes (onset-envelope.ts) over a mel matrix in memory:
;; the loudest cell, then each frame's mean rise over all bands and over the lowest ones. The
;; JavaScript's f64 operations in its order (cells are f32, read as f64; the means stored as f32),
;; so the same bits.
(module
  (import "onsets" "memory" (memory 1))

  ;; The larger of $loudest and the cells $from..$to − 1 of the f32 matrix at $mel.
  (func (export "loudest") (param $mel i32) (param $from i32) (param $to i32) (param $loudest f64) (result f64)
    (local $at i32) (local $end i32) (local $value f64)
    (local.set $at (i32.add (local.get $mel) (i32.shl (local.get $from) (i32.const 2))))
    (local.set $end (i32.add (local.get $mel) (i32.shl (local.get $to) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $value (f64.promote_f32 (f32.load (local.get $at))))
        (if (f64.gt (local.get $value) (local.get $loudest)) (then (local.set $loudest (local.get $value))))
        (local.set $at (i32.add (local.get $at) (i32.const 4)))
        (br $next)))
    (local.get $loudest))

  ;; For frames t = $first..$last − 1 (t ≥ 1): the rises in dB of each band from frame t − 1, both
  ;; clamped to $floor and counted only past $minimumRise, as means over the $bands bands into
  ;; $full[t] and over the lowest $lowBands into $low[t] (f32 arrays; 0 there without low bands).
  (func (export "rises")
    (param $mel i32) (param $bands i32) (param $lowBands i32) (param $floor f64) (param $minimumRise f64)
    (param $first i32) (param $last i32) (param $full i32) (param $low i32)
    (local $t i32) (local $band i32) (local $cell i32) (local $rowBytes i32)
    (local $now f64) (local $before f64) (local $rise f64) (local $sum f64) (local $lowSum f64)
    (local.set $rowBytes (i32.shl (local.get $bands) (i32.const 2)))
    (local.set $t (local.get $first))
    (block $framesDone
      (loop $frame
        (br_if $framesDone (i32.ge_s (local.get $t) (local.get $last)))
        (local.set $sum (f64.const 0))
        (local.set $lowSum (f64.const 0))
        (local.set $cell (i32.add (local.get $mel) (i32.mul (local.get $t) (local.get $rowBytes))))
        (local.set $band (i32.const 0))
        (block $bandsDone
          (loop $nextBand
            (br_if $bandsDone (i32.ge_s (local.get $band) (local.get $bands)))
            ;; value > floor ? value : floor, for the cell and the one a frame before it
            (local.set $now (f64.promote_f32 (f32.load (local.get $cell))))
            (local.set $now (select (local.get $now) (local.get $floor) (f64.gt (local.get $now) (local.get $floor))))
            (local.set $before (f64.promote_f32 (f32.load (i32.sub (local.get $cell) (local.get $rowBytes)))))
            (local.set $before (select (local.get $before) (local.get $floor) (f64.gt (local.get $before) (local.get $floor))))
            (local.set $rise (f64.sub (local.get $now) (local.get $before)))
            (local.set $rise
              (select (f64.sub (local.get $rise) (local.get $minimumRise)) (f64.const 0) (f64.gt (local.get $rise) (local.get $minimumRise))))
            (local.set $sum (f64.add (local.get $sum) (local.get $rise)))
            (if (i32.lt_s (local.get $band) (local.get $lowBands))
              (then (local.set $lowSum (f64.add (local.get $lowSum) (local.get $rise)))))
            (local.set $cell (i32.add (local.get $cell) (i32.const 4)))
            (local.set $band (i32.add (local.get $band) (i32.const 1)))
            (br $nextBand)))
        (f32.store (i32.add (local.get $full) (i32.shl (local.get $t) (i32.const 2)))
          (f32.demote_f64 (f64.div (local.get $sum) (f64.convert_i32_s (local.get $bands)))))
        (f32.store (i32.add (local.get $low) (i32.shl (local.get $t) (i32.const 2)))
          (select
            (f32.demote_f64 (f64.div (local.get $lowSum) (f64.convert_i32_s (local.get $lowBands))))
            (f32.const 0)
            (i32.gt_s (local.get $lowBands) (i32.const 0))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $frame))))
)
