import { describe, expect, it } from 'vitest';
import { ScratchArrays } from '../../../src/core/text/ScratchArrays';

describe('ScratchArrays (the aligner’s reused buffers, handed out without a view)', () => {
  it('hands out the same buffer for a slot, zeroed over the size asked for after it was written', () => {
    const s = new ScratchArrays();
    const a = s.int32(0, 10);
    for (let k = 0; k < a.length; k++) a[k] = k + 1;
    const b = s.int32(0, 7);
    expect(b).toBe(a);
    expect(Array.from(b.subarray(0, 7))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(b[7]).toBe(8); // past the size: left as it was, the caller does not read it
    expect(b.length).toBeGreaterThanOrEqual(7);
  });

  it('grows a slot that is too small, and keeps slots and kinds apart', () => {
    const s = new ScratchArrays();
    const small = s.float64(1, 4);
    small.fill(2.5);
    const big = s.float64(1, 500);
    expect(big).not.toBe(small);
    expect(big.length).toBeGreaterThanOrEqual(500);
    expect(big.subarray(0, 500).every((x) => x === 0)).toBe(true);
    const other = s.float64(2, 4);
    expect(other).not.toBe(big);
    const bytes = s.uint8(1, 4);
    bytes.fill(9);
    expect(s.uint32(1, 4)[0]).toBe(0);
    expect(s.uint8(1, 3)[3]).toBe(9);
  });
});
