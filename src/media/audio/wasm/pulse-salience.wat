;; The inner loops of pulseSalience and pulseHitRate (pulse-salience.ts) over an onset envelope in memory. The
;; JavaScript's f64 operations in its order, Math.round included (halves round up), so the same bits.
(module
  (import "pulses" "memory" (memory 1))

  ;; The larger of $best and, for each whole phase below $step, the mean of the f32 envelope at
  ;; $envelope on the pulses $start + phase, + $step, ... up to $end (frame indices, rounded).
  (func (export "bestPhase") (param $envelope i32) (param $start f64) (param $end f64) (param $step f64) (param $best f64) (result f64)
    (local $phase f64) (local $position f64) (local $rounded f64) (local $sum f64) (local $count i32) (local $mean f64)
    (local.set $phase (f64.const 0))
    (block $phasesDone
      (loop $nextPhase
        (br_if $phasesDone (i32.eqz (f64.lt (local.get $phase) (local.get $step))))
        (local.set $sum (f64.const 0))
        (local.set $count (i32.const 0))
        (local.set $position (f64.add (local.get $start) (local.get $phase)))
        (block $pulsesDone
          (loop $nextPulse
            (br_if $pulsesDone (i32.eqz (f64.le (local.get $position) (local.get $end))))
            ;; Math.round of a non-negative number: the floor, plus one from a half up (the
            ;; fraction x − floor(x) is exact).
            (local.set $rounded (f64.floor (local.get $position)))
            (if (f64.ge (f64.sub (local.get $position) (local.get $rounded)) (f64.const 0.5))
              (then (local.set $rounded (f64.add (local.get $rounded) (f64.const 1)))))
            (local.set $sum
              (f64.add (local.get $sum)
                (f64.promote_f32 (f32.load (i32.add (local.get $envelope) (i32.shl (i32.trunc_f64_u (local.get $rounded)) (i32.const 2)))))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $position (f64.add (local.get $position) (local.get $step)))
            (br $nextPulse)))
        (if (i32.gt_s (local.get $count) (i32.const 0))
          (then
            (local.set $mean (f64.div (local.get $sum) (f64.convert_i32_s (local.get $count))))
            (if (f64.gt (local.get $mean) (local.get $best)) (then (local.set $best (local.get $mean))))))
        (local.set $phase (f64.add (local.get $phase) (f64.const 1)))
        (br $nextPhase)))
    (local.get $best))

  ;; The larger of $best and, for each whole phase below $period, the share of the pulses
  ;; $start + phase, + $period, ... up to $end (rounded) where the envelope at the frame before,
  ;; at or after the pulse is above $threshold (the frame before counting as 0 at frame 0).
  (func (export "bestHitPhase") (param $envelope i32) (param $start f64) (param $end f64) (param $period f64) (param $threshold f64) (param $best f64) (result f64)
    (local $phase f64) (local $position f64) (local $rounded f64) (local $at i32) (local $before f64)
    (local $hits i32) (local $count i32) (local $rate f64)
    (local.set $phase (f64.const 0))
    (block $phasesDone
      (loop $nextPhase
        (br_if $phasesDone (i32.eqz (f64.lt (local.get $phase) (local.get $period))))
        (local.set $hits (i32.const 0))
        (local.set $count (i32.const 0))
        (local.set $position (f64.add (local.get $start) (local.get $phase)))
        (block $pulsesDone
          (loop $nextPulse
            (br_if $pulsesDone (i32.eqz (f64.le (local.get $position) (local.get $end))))
            (local.set $rounded (f64.floor (local.get $position)))
            (if (f64.ge (f64.sub (local.get $position) (local.get $rounded)) (f64.const 0.5))
              (then (local.set $rounded (f64.add (local.get $rounded) (f64.const 1)))))
            (local.set $at (i32.add (local.get $envelope) (i32.shl (i32.trunc_f64_u (local.get $rounded)) (i32.const 2))))
            (local.set $before
              (if (result f64) (f64.gt (local.get $rounded) (f64.const 0))
                (then (f64.promote_f32 (f32.load (i32.sub (local.get $at) (i32.const 4)))))
                (else (f64.const 0))))
            (if (i32.or
                  (f64.gt (local.get $before) (local.get $threshold))
                  (i32.or
                    (f64.gt (f64.promote_f32 (f32.load (local.get $at))) (local.get $threshold))
                    (f64.gt (f64.promote_f32 (f32.load offset=4 (local.get $at))) (local.get $threshold))))
              (then (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $position (f64.add (local.get $position) (local.get $period)))
            (br $nextPulse)))
        (if (i32.gt_s (local.get $count) (i32.const 0))
          (then
            (local.set $rate (f64.div (f64.convert_i32_s (local.get $hits)) (f64.convert_i32_s (local.get $count))))
            (if (f64.gt (local.get $rate) (local.get $best)) (then (local.set $best (local.get $rate))))))
        (local.set $phase (f64.add (local.get $phase) (f64.const 1)))
        (br $nextPhase)))
    (local.get $best))
)
