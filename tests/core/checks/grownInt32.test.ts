import { describe, expect, it } from 'vitest';
import { grownInt32 } from '../../../src/core/checks/term/grownInt32';

describe('grownInt32 (the term checks’ scratch tables)', () => {
  it('keeps the values, zeroes the new tail, and at least doubles', () => {
    const a = Int32Array.from([7, -1, 3]);
    const b = grownInt32(a, 4);
    expect(b.length).toBe(6);
    expect([...b]).toEqual([7, -1, 3, 0, 0, 0]);
    expect(grownInt32(a, 50).length).toBe(50);
  });
});
