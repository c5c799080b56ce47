/**
 * Typed arrays reused from call to call, one per slot (a number the caller picks for each
 * use), grown as needed and handed out with their first `size` elements zeroed. The array
 * handed out is the slot's buffer itself, which may be longer than `size`: the caller reads
 * only the first `size` (its `length` is not the size asked for). For code that is synchronous
 * and reads its arrays before the next call: a typed array over 64 bytes keeps its memory
 * outside the JavaScript heap and costs ~0.3–0.7 µs to allocate, and even a view (subarray)
 * costs a few hundred ns (it was 0.7% of the engine's profile for the aligner's 14 a unit).
 */
export class ScratchArrays {
  private readonly i32: Int32Array[] = [];
  private readonly u32: Uint32Array[] = [];
  private readonly f64: Float64Array[] = [];
  private readonly u8: Uint8Array[] = [];

  int32(slot: number, size: number): Int32Array {
    return take(this.i32, slot, size, MAKE_INT32ARRAY);
  }

  uint32(slot: number, size: number): Uint32Array {
    return take(this.u32, slot, size, MAKE_UINT32ARRAY);
  }

  float64(slot: number, size: number): Float64Array {
    return take(this.f64, slot, size, MAKE_FLOAT64ARRAY);
  }

  uint8(slot: number, size: number): Uint8Array {
    return take(this.u8, slot, size, MAKE_UINT8ARRAY);
  }
}

type Typed = Int32Array | Uint32Array | Float64Array | Uint8Array;
// module constants: no closure allocated per call (the aligner asks for views on every unit)
const MAKE_INT32ARRAY = (n: number) => new Int32Array(n);
const MAKE_UINT32ARRAY = (n: number) => new Uint32Array(n);
const MAKE_FLOAT64ARRAY = (n: number) => new Float64Array(n);
const MAKE_UINT8ARRAY = (n: number) => new Uint8Array(n);

/** The slot's buffer (grown to twice the size when too small, else zeroed over [0, size)). */
function take<T extends Typed>(pool: T[], slot: number, size: number, make: (n: number) => T): T {
  let b = pool[slot];
  if (b === undefined || b.length < size) b = pool[slot] = make(Math.max(2 * size, 64));
  else b.fill(0, 0, size);
  return b;
}
