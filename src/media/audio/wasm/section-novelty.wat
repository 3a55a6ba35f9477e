;; The self-similarity and novelty of find-sections.ts (nearSimilarity, kernelSum): the same f64
;; operations in the same order, so the same numbers. They run once a song, which in JavaScript means
;; mostly in unoptimised code; here they are compiled before they run.
(module
  ;; Made by the caller to fit; every address below is a byte address in it.
  (import "novelty" "memory" (memory 1))

  ;; The cosine similarity of the $dims-long f64 vectors at $a and $b, 0 when either is all zeros.
  (func $cosine (param $a i32) (param $b i32) (param $dims i32) (result f64)
    (local $i i32) (local $x f64) (local $y f64) (local $dot f64) (local $normA f64) (local $normB f64)
    (loop $next
      (local.set $x (f64.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $y (f64.load (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 3)))))
      (local.set $dot (f64.add (local.get $dot) (f64.mul (local.get $x) (local.get $y))))
      (local.set $normA (f64.add (local.get $normA) (f64.mul (local.get $x) (local.get $x))))
      (local.set $normB (f64.add (local.get $normB) (f64.mul (local.get $y) (local.get $y))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $dims))))
    (if (result f64) (i32.and (f64.gt (local.get $normA) (f64.const 0)) (f64.gt (local.get $normB) (f64.const 0)))
      (then (f64.div (local.get $dot) (f64.sqrt (f64.mul (local.get $normA) (local.get $normB)))))
      (else (f64.const 0))))

  ;; nearSimilarity's row `block` into $out ($reach f64): the cosine of the block with blocks
  ;; block + 0 .. block + $reach − 1, those below $blocks; $vectors holds $blocks rows of $dims f64.
  ;; A call per row, as with the novelty below: V8 runs a wasm function in baseline code until it
  ;; has run a while, and swaps in optimised code only for later calls.
  (func (export "similarityRow") (param $vectors i32) (param $blocks i32) (param $dims i32) (param $reach i32) (param $out i32) (param $block i32)
    (local $distance i32) (local $rowBytes i32)
    (local.set $rowBytes (i32.shl (local.get $dims) (i32.const 3)))
    (block $done
      (loop $column
        (br_if $done (i32.ge_u (local.get $distance) (local.get $reach)))
        (br_if $done (i32.ge_u (i32.add (local.get $block) (local.get $distance)) (local.get $blocks)))
        (f64.store (i32.add (local.get $out) (i32.shl (local.get $distance) (i32.const 3)))
          (call $cosine
            (i32.add (local.get $vectors) (i32.mul (local.get $block) (local.get $rowBytes)))
            (i32.add (local.get $vectors) (i32.mul (i32.add (local.get $block) (local.get $distance)) (local.get $rowBytes)))
            (local.get $dims)))
        (local.set $distance (i32.add (local.get $distance) (i32.const 1)))
        (br $column))))

  ;; kernelSum at block $centre: the checkerboard $taper ((2·$half)² f64, row-major) times $similarity
  ;; (rows of 2·$half, as above), max(0, sum) as findSections keeps it.
  (func (export "noveltyAt") (param $taper i32) (param $similarity i32) (param $half i32) (param $centre i32) (result f64)
    (local $a i32) (local $b i32) (local $cell i32) (local $pair i32) (local $sum f64) (local $reach i32)
    (local.set $reach (i32.shl (local.get $half) (i32.const 1)))
    (local.set $a (i32.sub (i32.const 0) (local.get $half)))
    (loop $nextA
      (local.set $b (i32.sub (i32.const 0) (local.get $half)))
      (loop $nextB
        ;; The pair (centre + a, centre + b) as similarity stores it: the earlier block's row, the distance.
        (local.set $pair (if (result i32) (i32.le_s (local.get $a) (local.get $b))
          (then (i32.add (i32.mul (i32.add (local.get $centre) (local.get $a)) (local.get $reach)) (i32.sub (local.get $b) (local.get $a))))
          (else (i32.add (i32.mul (i32.add (local.get $centre) (local.get $b)) (local.get $reach)) (i32.sub (local.get $a) (local.get $b))))))
        (local.set $sum (f64.add (local.get $sum) (f64.mul
          (f64.load (i32.add (local.get $taper) (i32.shl (local.get $cell) (i32.const 3))))
          (f64.load (i32.add (local.get $similarity) (i32.shl (local.get $pair) (i32.const 3)))))))
        (local.set $cell (i32.add (local.get $cell) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br_if $nextB (i32.lt_s (local.get $b) (local.get $half))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br_if $nextA (i32.lt_s (local.get $a) (local.get $half))))
    (f64.max (f64.const 0) (local.get $sum)))
)
