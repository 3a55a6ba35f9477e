/**
 * The minimp3-wasm package's module, rewritten in two places before it is compiled:
 *
 * - its memory starts at `pages` (64 KB each) rather than 2: left to itself it grows, and a grown
 *   memory detaches an ArrayBuffer, after which V8's optimised code checks every typed array access
 *   in the analysis (see wasm-signal-memory.ts). It is shared, so a second thread reads the MP3 where
 *   the file was read into it, rather than from a copy (some 20 ms of page faults for a three-minute
 *   song where fresh memory is slow to touch, as in a small virtual machine);
 * - its `memmove` and zero-fill, written as byte-at-a-time loops (the package builds without a C
 *   library), become the single instructions `memory.copy` and `memory.fill`: they were about a
 *   quarter of the decoder's time (the reservoir and the synthesis filter's state move every frame).
 *   The bodies are replaced only where they are byte for byte the ones expected, so another build
 *   of the package is left as it is.
 *
 * A module is a header (8 bytes) and sections, each an id byte, its length as LEB128, and its contents.
 */
export function rewriteMinimp3Module(module: Uint8Array, pages: number): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [module.subarray(0, 8)];
  let at = 8;
  while (at < module.length) {
    const id = module[at];
    const [size, contentsAt] = readLeb128(module, at + 1);
    const contents = module.subarray(contentsAt, contentsAt + size);
    if (id === 5) parts.push(section(5, memoryWithInitialPages(contents, pages)));
    else if (id === 10) parts.push(section(10, codeWithFastCopies(contents)));
    else parts.push(module.subarray(at, contentsAt + size));
    at = contentsAt + size;
  }
  const rewritten = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  parts.reduce((offset, part) => (rewritten.set(part, offset), offset + part.length), 0);
  return rewritten;
}

/** Function bodies as the package's build has them (hex), and what each becomes. */
const bodyReplacements = new Map<string, number[]>([
  // memmove(destination, source, count): a forward or backward byte loop; then memory.copy, which
  // allows overlap as memmove does.
  [
    '01017f0240200120004f04402002450d01200021030340200320012d00003a0000200341016a2103200141016a21012002417f6a22020d000b0c010b2002450d002000417f6a21032001417f6a21010340200220036a200120026a2d00003a00002002417f6a22020d000b0b20000b',
    [0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0xfc, 0x0a, 0x00, 0x00, 0x20, 0x00, 0x0b],
  ],
  // zero(destination, count), memset with 0 folded in: a byte loop; then memory.fill with 0.
  [
    '01017f20010440200021020340200241003a0000200241016a21022001417f6a22010d000b0b20000b',
    [0x00, 0x20, 0x00, 0x41, 0x00, 0x20, 0x01, 0xfc, 0x0b, 0x00, 0x20, 0x00, 0x0b],
  ],
]);

/** The code section (a count, then each body with its length) with the known slow bodies replaced. */
function codeWithFastCopies(code: Uint8Array): Uint8Array {
  let [count, at] = readLeb128(code, 0);
  const parts: Uint8Array[] = [Uint8Array.from(leb128(count))];
  for (; count > 0; count--) {
    const [size, bodyAt] = readLeb128(code, at);
    const body = code.subarray(bodyAt, bodyAt + size);
    const replacement = bodyReplacements.get(Buffer.from(body).toString('hex'));
    parts.push(replacement ? Uint8Array.from([...leb128(replacement.length), ...replacement]) : code.subarray(at, bodyAt + size));
    at = bodyAt + size;
  }
  const rewritten = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  parts.reduce((offset, part) => (rewritten.set(part, offset), offset + part.length), 0);
  return rewritten;
}

/**
 * The memory section (one memory, a limits flag of 0: no maximum) as one shared memory (flag 3: a
 * maximum, which a shared memory must have; 4 GiB, so it could still grow) of `pages` to begin with.
 */
function memoryWithInitialPages(memory: Uint8Array, pages: number): Uint8Array {
  if (memory[0] !== 1 || memory[1] !== 0) throw new Error('The decoder declares its memory in a way this reader does not know.');
  return Uint8Array.from([1, 3, ...leb128(pages), ...leb128(65536)]);
}

function section(id: number, contents: Uint8Array): Uint8Array {
  const head = [id, ...leb128(contents.length)];
  const bytes = new Uint8Array(head.length + contents.length);
  bytes.set(head);
  bytes.set(contents, head.length);
  return bytes;
}

function leb128(value: number): number[] {
  const bytes: number[] = [];
  do {
    const low = value & 0x7f;
    value >>>= 7;
    bytes.push(value ? low | 0x80 : low);
  } while (value);
  return bytes;
}

function readLeb128(bytes: Uint8Array, at: number): [value: number, end: number] {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}
