/**
 * Text to EUC-JP bytes, for tests that write a small EDICT file. Node decodes EUC-JP but cannot
 * encode it, so the table is the decoder run backwards over the two-byte JIS X 0208 range.
 */
let table: Map<string, number[]> | undefined;

function jisTable(): Map<string, number[]> {
  const decoder = new TextDecoder('euc-jp');
  const built = new Map<string, number[]>();
  for (let first = 0xa1; first <= 0xfe; first += 1) {
    for (let second = 0xa1; second <= 0xfe; second += 1) {
      const character = decoder.decode(Uint8Array.of(first, second));
      if (character !== '\uFFFD' && !built.has(character)) built.set(character, [first, second]);
    }
  }
  return built;
}

export function encodeEucJp(text: string): Buffer {
  table ??= jisTable();
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(character);
      if (!pair) throw new Error(`${character} has no EUC-JP two-byte code`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
